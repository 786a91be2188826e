"""A stand-in for a stanza ``Pipeline``, for fast tests of everything quotekit does around stanza (pieces,
batches, selective parsing, offsets) without loading a model.

It answers the calls quotekit makes: ``pipeline(docs, processors="tokenize,mwt")`` on a list of
``stanza.Document`` (regex tokens, a sentence ends after . ! ? or every 40 tokens) and
``pipeline(doc, processors=...)`` on a document of such sentences (crude tags: "said"-like words are
verbs, capitalized words proper nouns; each sentence a flat tree under its first verb). The annotations
are not linguistics, only well-formed; it also counts what each processor was asked to do.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import regex

_TOKEN = regex.compile(r"\w+(?:[’']\w+)*|\S")
_VERBS = frozenset("said says say told tell added warned claimed".split())
SENTENCE_TOKENS = 40


class FakeWord:
    def __init__(self, wid: int, text: str) -> None:
        self.id, self.text = wid, text
        self.lemma: str | None = None
        self.upos: str | None = None
        self.xpos: str | None = None
        self.feats: str | None = None
        self.head: int | None = None
        self.deprel: str | None = None


class FakeToken:
    def __init__(self, wid: int, text: str, start: int, end: int) -> None:
        self.start_char, self.end_char, self.text = start, end, text
        self.words = [FakeWord(wid, text)]
        self.ner: str | None = None


class FakeSentence:
    def __init__(self, tokens: list[FakeToken]) -> None:
        self.tokens = tokens
        self.words = [t.words[0] for t in tokens]


class FakePipeline:
    def __init__(self) -> None:
        self.processors = {name: object() for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")}
        self.calls: Counter[str] = Counter()  # processor -> words it was run on

    def __call__(self, doc: Any, processors: str = "") -> Any:
        if isinstance(doc, list):
            return [self(d, processors) for d in doc]
        names = set(processors.split(","))
        if "tokenize" in names:
            doc.sentences = _sentences(doc.text or "")
        for name in names:
            self.calls[name] += sum(len(s.words) for s in doc.sentences)
        for sentence in doc.sentences:
            _annotate(sentence, names)
        return doc


def _sentences(text: str) -> list[FakeSentence]:
    out: list[FakeSentence] = []
    tokens: list[FakeToken] = []
    for match in _TOKEN.finditer(text):
        tokens.append(FakeToken(len(tokens) + 1, match.group(), match.start(), match.end()))
        if match.group() in {".", "!", "?"} or len(tokens) >= SENTENCE_TOKENS:
            out.append(FakeSentence(tokens))
            tokens = []
    if tokens:
        out.append(FakeSentence(tokens))
    return out


def _annotate(sentence: FakeSentence, names: set[str]) -> None:
    words = sentence.words
    verb = next((w.id for w in words if w.text.lower() in _VERBS), 1)
    for word in words:
        lower = word.text.lower()
        if "pos" in names:
            if lower in _VERBS:
                word.upos, word.xpos = "VERB", "VBD"
            elif not word.text[0].isalnum():
                word.upos, word.xpos = "PUNCT", "."
            elif word.text[0].isupper():
                word.upos, word.xpos = "PROPN", "NNP"
            else:
                word.upos, word.xpos = "NOUN", "NN"
            word.feats = ""
        if "lemma" in names:
            word.lemma = {"said": "say", "says": "say", "told": "tell"}.get(lower, lower)
        if "depparse" in names:
            word.head = 0 if word.id == verb else verb
            word.deprel = "root" if word.id == verb else ("nsubj" if word.id == verb - 1 else "dep")
    if "ner" in names:
        for token in sentence.tokens:
            token.ner = "S-PER" if token.words[0].upos == "PROPN" else "O"
