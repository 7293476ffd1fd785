"""spaCy's entity recognizer with its greedy decoding done on arrays: same entities, less time.

spaCy's ``ner`` runs its transition system (BILUO actions, one per token) in a
compiled loop that checks every action's validity for every token; built with
Cython 3, each of those checks takes and releases the interpreter lock, which
costs about as much as the model itself (a third of the ``ner`` component's
time, measured with ``perf`` on corpus articles).  :class:`FastNER` keeps the
model and every rule and does the loop over a whole batch of documents at
once with numpy:

* the embedding (the component's own ``tok2vec``) and the precomputed hidden
  features (``lower``) come from the component's own layers, as spaCy
  computes them;
* each step sums the three state features (the next token, the first and the
  last token of the open entity; padding where there is none) in spaCy's
  order, adds the bias, takes the maxout, scores every action with the same
  ``gemm`` (thinc's) and picks the best *valid* action, the first on a tie;
* validity follows spaCy's ``Begin``/``In``/``Last``/``Unit``/``Out`` rules
  (``spacy/pipeline/_parser_internals/ner.pyx``), presets included (entities
  a ruler set before ``ner`` are kept, no entity crosses a sentence start or
  starts on whitespace);
* the entities are set on the doc with the same calls as spaCy's
  ``BiluoPushDown.set_annotations``.

The test suite compares token by token (IOB, type, id) with spaCy's own
component.  A pipeline whose recognizer is not this model's kind (beam
search, unseen classes, another transition system) keeps spaCy's
(:func:`use_fast_ner` returns False).
"""

from __future__ import annotations

NAME = "kg_ner"

# action kinds, as spaCy's BiluoPushDown names them
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_KINDS = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


class FastNER:
    """An ``EntityRecognizer``'s prediction with the decoding loop on arrays (module doc)."""

    def __init__(self, ner):
        import numpy as np

        self.ner = ner
        self.vocab = ner.vocab
        self._np = np
        self._load()

    def _load(self) -> None:
        np = self._np
        ner = self.ner
        moves = ner.moves
        kinds, labels = [], []
        for i in range(moves.n_moves):
            name = moves.get_class_name(i)
            kind, _, label = name.partition("-")
            if kind not in _KINDS:
                raise ValueError(f"unknown action {name!r}")
            kinds.append(_KINDS[kind])
            labels.append(self.vocab.strings.add(label) if label else 0)
        self.n_moves = moves.n_moves
        self.kind = np.array(kinds, dtype=np.int64)
        self.label = np.array(labels, dtype=np.uint64)
        model = ner.model
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.upper_W = upper.get_param("W")
        self.upper_b = upper.get_param("b")
        self.bias = self.lower.get_param("b").reshape(-1)
        self.nO = self.lower.get_dim("nO")
        self.nP = self.lower.get_dim("nP")
        self.ops = self.lower.ops

    # -- spaCy's pipe interface -------------------------------------------------------
    def __call__(self, doc):
        self.predict_set([doc])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            self.predict_set(batch)
            yield from batch

    # -- prediction ---------------------------------------------------------------------
    def predict_set(self, docs) -> None:
        """Find and set the entities of ``docs`` (one decoding loop for all of them)."""
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        if self.ner._ensure_labels_are_added(docs):  # a preset label the model did not know
            self._load()
        ents = self.decode(docs)
        for doc, found in zip(docs, ents):
            _set_entities(doc, found)

    def decode(self, docs) -> list[list[tuple[int, int, int]]]:
        """``[(start, end, label)]`` per doc: spaCy's greedy BILUO decoding, batched."""
        from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START

        np = self._np
        n_docs = len(docs)
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        total = int(lengths.sum())
        # Features: index into ``cached`` (row 0 the padding, token t of the batch at t + 1).
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (total + 1, nF, nO, nP)
        nF = cached.shape[1]
        if nF != 3:
            raise ValueError(f"{nF} state features (the BILUO recognizer uses 3)")
        width = self.nO * self.nP
        cached = cached.reshape(total + 1, nF, width)
        feats = [np.ascontiguousarray(cached[:, f, :]) for f in range(nF)]
        # Token attributes, one extra row per doc: B(1) past the end is spaCy's empty token.
        offs_tok = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        offs_attr = offs_tok + np.arange(n_docs)
        cols = []
        for doc in docs:
            arr = doc.to_array([ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]).astype(np.int64)
            cols.append(np.vstack([arr, np.zeros((1, 4), dtype=np.int64)]))
        attrs = np.vstack(cols)
        iob, etype, sstart, space = (attrs[:, k] for k in range(4))
        etype = etype.astype(np.uint64)

        closed, open_any, open_preset = self._validity(lengths, iob, etype, sstart, space)
        label = self.label

        pos = np.zeros(n_docs, dtype=np.int64)  # B(0), relative to the doc
        open_ = np.zeros(n_docs, dtype=bool)
        start = np.zeros(n_docs, dtype=np.int64)
        elabel = np.zeros(n_docs, dtype=np.uint64)
        found: list[list[tuple[int, int, int]]] = [[] for _ in range(n_docs)]
        rows = np.flatnonzero(lengths > 0)
        W, b_up, bias, ops = self.upper_W, self.upper_b, self.bias, self.ops
        f0_, f1_, f2_ = feats
        while len(rows):
            p = pos[rows]
            op = open_[rows]
            ot = offs_tok[rows]
            f0 = ot + p + 1
            f1 = np.where(op, ot + start[rows] + 1, 0)
            f2 = np.where(op, f0 - 1, 0)  # the token before B(0) (0: the padding row)
            h = f0_[f0] + f1_[f1]
            h += f2_[f2]
            h += bias
            hidden = h.reshape(len(rows), self.nO, self.nP).max(axis=2)
            scores = ops.gemm(hidden, W, trans2=True)
            scores += b_up
            a = offs_attr[rows] + p
            valid = np.where(_col(op), (open_any[a] & (label[None, :] == _col(elabel[rows])))
                             | open_preset[a], closed[a])
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            ok = valid[np.arange(len(rows)), guess]
            g = self.kind[guess]
            # transitions: B opens, I keeps, L closes, U opens and closes, O keeps none open
            ends = np.flatnonzero(ok & ((g == _LAST) | (g == _UNIT)))
            for k in ends.tolist():
                r, at = int(rows[k]), int(p[k])
                if g[k] == _UNIT:
                    found[r].append((at, at + 1, int(label[guess[k]])))
                else:
                    found[r].append((int(start[r]), at + 1, int(elabel[r])))
            begins = ok & (g == _BEGIN)
            rb = rows[begins]
            start[rb] = p[begins]
            elabel[rb] = label[guess[begins]]
            open_[rows] = ok & ((g == _BEGIN) | (g == _IN))
            pos[rows] = p + 1
            rows = rows[ok & (p + 1 < lengths[rows])]  # no valid action: spaCy forces the state final
        return found

    def _validity(self, lengths, iob, etype, sstart, space):
        """Validity of every action at every token row: ``closed`` for a state with no open
        entity, ``open_any`` with one (In and Last, still to be matched with the open
        entity's label) and ``open_preset`` (a preset entity's Last, whatever the label).

        One row per token of the batch plus one padding row per doc (B(1) past the end
        is spaCy's empty token).
        """
        np = self._np
        blen = np.concatenate([np.arange(n, -1, -1) for n in lengths.tolist()])  # buffer length
        nxt = np.arange(len(iob)) + 1
        nxt[-1] = len(iob) - 1  # the last row is a doc's padding row: never read as B(0)
        p0, t0, sp0 = iob, etype, space != 0
        p1, s1 = iob[nxt], sstart[nxt] == 1
        p1[blen <= 1], s1[blen <= 1] = 0, False  # B(1) past the doc: spaCy's empty token
        kind, label = self.kind, self.label
        lab_nz = (label != 0)[None, :]
        is_b, is_i, is_l = (kind == _BEGIN)[None, :], (kind == _IN)[None, :], (kind == _LAST)[None, :]
        is_u, is_o = (kind == _UNIT)[None, :], (kind == _OUT)[None, :]
        same_t0 = label[None, :] == t0[:, None]
        col = _col
        begin = col((blen >= 2) & (p0 != 1)) & lab_nz & np.where(
            col(p0 == 3), same_t0 & col(p1 == 1), col((p1 != 3) & ~s1 & ~sp0))
        unit = np.where(lab_nz, col(p1 != 1) & np.where(col(p0 == 3), same_t0, col(~sp0)),
                        col((t0 == 0) & (p0 == 3)))
        out = col((p0 != 3) & (p0 != 1))
        closed = (is_b & begin) | (is_u & unit) | (is_o & out)
        inside = col((blen >= 2) & (p0 != 3) & (p1 != 3)) & lab_nz & np.where(
            col(p0 == 1), same_t0 & col((p1 != 0) & (p1 != 2)), col(~s1))
        preset_last = col((p0 == 1) & (p1 != 1))
        open_any = (is_i & inside) | (is_l & lab_nz & ~preset_last & col(p1 != 1))
        open_preset = is_l & lab_nz & preset_last & same_t0
        return closed, open_any, open_preset

    def to_disk(self, *args, **kwargs):  # the original component holds the weights
        return None

    def from_disk(self, *args, **kwargs):
        return self


def _col(mask):
    """A per-token condition as a column, to combine with a per-action row."""
    return mask[:, None]


def _set_entities(doc, found) -> None:
    """spaCy's ``BiluoPushDown.set_annotations``: the entities, then O for unset tokens."""
    import numpy as np
    from spacy.attrs import ENT_IOB, ENT_TYPE
    from spacy.tokens import Span

    ents = [Span(doc, s, e, label=lab, kb_id=doc[s].ent_kb_id) for s, e, lab in found]
    doc.set_ents(ents, default="unmodified")
    arr = doc.to_array([ENT_IOB, ENT_TYPE])
    unset = arr[:, 0] == 0
    if unset.any():
        arr = arr.astype(np.uint64)
        arr[unset, 0] = 2
        doc.from_array([ENT_IOB, ENT_TYPE], arr)


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: FastNER(nlp.get_pipe("ner")))


def use_fast_ner(nlp) -> bool:
    """Put :class:`FastNER` in place of ``ner`` (kept loaded, disabled); False when it cannot."""
    if "ner" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return False
    ner = nlp.get_pipe("ner")
    if type(ner).__name__ != "EntityRecognizer" or ner.cfg.get("beam_width", 1) != 1 \
            or ner.model.attrs.get("unseen_classes") or type(ner.moves).__name__ != "BiluoPushDown" \
            or not all(ner.model.has_ref(r) for r in ("tok2vec", "lower", "upper")):
        return False
    register()
    try:
        nlp.add_pipe(NAME, after="ner")
    except ValueError:
        return False
    nlp.disable_pipe("ner")
    return True
