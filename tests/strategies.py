"""Hypothesis strategies: messy texts, and parses of them with arbitrary (but tree-shaped) annotations.

A synthetic parse lets the property tests and the fuzz target run the whole extractor (spans, cues,
speakers, roles, coreference, output) on any text without a model: the rules must hold their invariants
whatever a parser says, since a weak or surprised parser can say anything.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import attrs
from hypothesis import strategies as st

from quotekit.document import Parse, Sentence, Word
from quotekit.parse import parse_conllu
from quotekit.text import find_paragraphs

#: Tokens heavy in what the rules look at: cue forms, names, pronouns, role nouns, quotation marks.
WORDS = [
    *"The the a minister spokesman official said says told tell according to added warned he she they it "
    "Smith John Lavrov Issam al-Reis Reuters FSA Free Syrian Army Russia Russian Foreign Minister that plan "
    "failed will not is was who heads of for and but Mr. Mrs. WALLACE PENCE believes report".split(),
    *[",", ".", ":", ";", "?", "!", "(", ")", "—", "―", "-", "…"],
    *["“", "”", "‘", "’", '"', "'", "''", "``", "«", "»", "„"],
    *["😀", "e\u0301", "\x00", "\x07", "\ud800", "\u202e", "ß", "Ω", "١٢", "\u200b"],
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u2028"]
UPOS = ["NOUN", "PROPN", "VERB", "AUX", "PRON", "DET", "ADJ", "ADV", "ADP", "PUNCT", "CCONJ", "SCONJ", "PART",
        "NUM", "X"]  # fmt: skip
XPOS = ["NN", "NNS", "NNP", "VBD", "VBZ", "VBP", "VBN", "VBG", "VB", "MD", "PRP", "DT", "IN", "JJ", ",", "."]
DEPRELS = ["root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "ccomp", "xcomp", "advcl", "acl",
           "acl:relcl", "parataxis", "conj", "cc", "appos", "compound", "flat", "amod", "det", "case", "mark",
           "punct", "aux", "aux:pass", "cop", "nmod", "nmod:poss", "advmod", "dep"]  # fmt: skip
NER = ["", "", "", "person", "organization", "place", "group", "misc"]
LEMMAS = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "added": "add",
    "warned": "warn",
    "believes": "believe",
}


def any_parse() -> st.SearchStrategy[Parse]:
    """Random tokens with random trees, or real fixture sentences with noise."""
    return st.one_of(parses(), fixture_parses())


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)


@st.composite
def parses(draw: st.DrawFn) -> Parse:
    """A text and a parse of it: tokens at their true offsets, random sentences, tags, NER, depths and a
    random dependency tree per sentence."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60))
    text, offsets = "", []
    for word, sep in pairs:
        offsets.append((len(text), len(text) + len(word), word))
        text += word + sep
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(offsets) - 1)), max_size=6)))
    bounds = [0, *[c for c in cuts if c < len(offsets)], len(offsets)]
    words: list[Word] = []
    sentences: list[Sentence] = []
    paragraphs = find_paragraphs(text)
    for first, last in itertools.pairwise(bounds):
        if last <= first:
            continue
        order = draw(st.permutations(range(first, last)))
        heads = {order[0]: -1}
        for k, node in enumerate(order[1:], 1):
            heads[node] = order[draw(st.integers(0, k - 1))]
        depth = draw(st.sampled_from([0, 1, 2, 2, 2]))
        index = len(sentences)
        for i in range(first, last):
            start, end, form = offsets[i]
            words.append(
                Word(
                    i=i,
                    text=form,
                    lemma=LEMMAS.get(form.lower(), form.lower()),
                    upos=draw(st.sampled_from(UPOS)),
                    xpos=draw(st.sampled_from(XPOS)),
                    feats=draw(
                        st.sampled_from(["", "Number=Plur", "Number=Sing", "PronType=Rel", "Gender=Fem"])
                    ),
                    head=heads[i],
                    deprel="root" if heads[i] < 0 else draw(st.sampled_from(DEPRELS)),
                    start=start,
                    end=end,
                    sent=index,
                    ner=draw(st.sampled_from(NER)),
                )
            )
        start = offsets[first][0]
        paragraph = max(0, sum(1 for p in paragraphs if p[0] <= start) - 1)
        sentences.append(Sentence(index, first, last, start, offsets[last - 1][1], paragraph, depth))
    return Parse(text, tuple(words), tuple(sentences), paragraphs)


# --- realistic parses: fixture sentences reassembled, with noise -------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fixture_sentences() -> list[list[Word]]:
    """Every sentence of every CoNLL-U fixture, as words with sentence-relative heads (``head`` is the
    index within the sentence, -1 for the root)."""
    out: list[list[Word]] = []
    for conllu in sorted(FIXTURES.rglob("*.conllu")):
        text = conllu.with_suffix(".txt").read_text(encoding="utf-8")
        parsed = parse_conllu(conllu.read_text(encoding="utf-8"), text)
        for sentence in parsed.sentences:
            first = sentence.first
            out.append(
                [
                    attrs.evolve(w, i=w.i - first, head=w.head - first if w.head >= 0 else -1, sent=0)
                    for w in parsed.words[sentence.first : sentence.last]
                ]
            )
    return out


SENTENCES = _fixture_sentences()
NOISE = ["“", "”", "‘", "’", '"', "''", "«", "»", "—", "―", ":", "\x00", "😀", "\ud800", "e\u0301"]


@st.composite
def fixture_parses(draw: st.DrawFn) -> Parse:
    """Real parsed sentences from the fixtures in a random order, joined by random separators, with a few
    random quotation marks and odd characters inserted and a few annotations changed at random."""
    chosen = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8))
    text = ""
    words: list[Word] = []
    sentences: list[Sentence] = []
    for sentence in chosen:
        # (word, original index or None for an inserted mark)
        items: list[tuple[Word, int | None]] = [(w, k) for k, w in enumerate(sentence)]
        for _ in range(draw(st.integers(0, 2))):
            mark = draw(st.sampled_from(NOISE))
            inserted = attrs.evolve(
                sentence[0], text=mark, lemma=mark, upos="PUNCT", xpos=".", deprel="punct", ner=""
            )
            items.insert(draw(st.integers(0, len(items))), (inserted, None))
        first = len(words)
        new_index = {k: first + n for n, (_, k) in enumerate(items) if k is not None}
        start = len(text)
        for n, (word, original) in enumerate(items):
            if original is None:
                head = first + draw(st.integers(0, len(items) - 1))
            else:
                head = new_index[word.head] if word.head >= 0 else -1
            if draw(st.integers(0, 19)) == 0:  # noise: a different tag, relation or entity
                word = attrs.evolve(
                    word, upos=draw(st.sampled_from(UPOS)), deprel=draw(st.sampled_from(DEPRELS)),
                    ner=draw(st.sampled_from(NER)),
                )  # fmt: skip
            text += draw(st.sampled_from([" ", " ", " ", "", "\u00a0"])) if n else ""
            words.append(
                attrs.evolve(word, i=first + n, head=head, start=len(text), end=len(text) + len(word.text),
                             sent=len(sentences))
            )  # fmt: skip
            text += word.text
        depth = draw(st.sampled_from([1, 2, 2, 2]))
        sentences.append(Sentence(len(sentences), first, len(words), start, len(text), 0, depth))
        text += draw(st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n", "\u2028"]))
    paragraphs = find_paragraphs(text)
    fixed = tuple(attrs.evolve(s, paragraph=_paragraph(paragraphs, s.start)) for s in sentences)
    return Parse(text, tuple(words), fixed, paragraphs)


def _paragraph(paragraphs: tuple[tuple[int, int], ...], offset: int) -> int:
    return max(0, sum(1 for p in paragraphs if p[0] <= offset) - 1)
