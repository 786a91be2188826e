"""Parsing with stanza: pieces of the caller's text in, :class:`~quotekit.document.Parse` records out.

Parsing is selective: a :class:`SentencePlan` says which sentences need POS tags, and which of those need
lemmas, the dependency parse and NER; the rest are only tokenized (``Sentence.depth``). Most sentences of an
article hold no quotation and no cue, and the dependency parser is most of stanza's time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any, Protocol

import attrs

from quotekit.document import Parse, Sentence, Word
from quotekit.errors import DocumentError
from quotekit.lang.en import PRONOUN_TAGS
from quotekit.parse.breaks import title_breaks
from quotekit.parse.framing import misread_frame_verbs
from quotekit.parse.misread import misread_names
from quotekit.parse.models import DEFAULT_PROCESSORS
from quotekit.parse.openers import misread_gerunds, misread_that
from quotekit.parse.repair import repair
from quotekit.parse.retag import (
    COMPLEMENTIZER_TAGS,
    PARTICIPLE_TAGS,
    PAST_TAGS,
    PLURAL_VERB_TAGS,
    VERB_TAGS,
    misread_base_forms,
    misread_complementizers,
    misread_fronted_forms,
    misread_participles,
    misread_pasts_after_comma,
    misread_pronouns,
    misread_speech_forms,
    misread_verbs,
)
from quotekit.text import Paragraphs, find_paragraphs, paragraph_index

__all__ = [
    "DEPTHS",
    "FULL",
    "NER_CLASSES",
    "TAGS",
    "TOKENS",
    "Piece",
    "SentencePlan",
    "lemma_of",
    "ner_class",
    "parse_document",
    "parse_pieces",
    "repaired",
    "retag_misread_verbs",
    "stanza_parses",
]

#: One-to-one character substitutions applied to the text stanza sees (never to the caller's text: offsets
#: stay exact because each replacement has the same length). The English MWT model splits words written
#: with a curly apostrophe into letters ("Russia’s" -> "R u s s i a’s"); a straight apostrophe parses well.
STANZA_CHAR_MAP = str.maketrans({"\u2019": "'", "\u02bc": "'"})

#: NER labels of both stanza label sets (CoNLL-2003 and OntoNotes) mapped to quotekit's entity classes.
NER_CLASSES = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "MISC": "misc",
}


class SentencePlan(Protocol):
    """Decides how deeply each sentence is parsed (see :data:`DEPTHS`): attribution needs a full parse only
    where a cue can be, tags where a quotation may need them, and tokens elsewhere."""

    def wants_tags(self, start: int, end: int) -> bool:
        """Whether the sentence at ``text[start:end]`` (offsets into the caller's text) needs tags."""

    def wants_parse(self, words: Sequence[Word]) -> bool:
        """Whether a tagged sentence (words with UPOS and features; lemmas, heads and NER not yet known)
        needs the full analysis."""


#: ``Sentence.depth``: 0 tokens only (lemma = lower-cased text, UPOS "X", no heads, no NER), 1 tokens with
#: POS tags and features, 2 fully analysed (lemma, dependency parse, NER).
DEPTHS = (0, 1, 2)
TOKENS, TAGS, FULL = DEPTHS
#: The stanza processors each depth adds.
TOKENIZE_PROCESSORS = "tokenize,mwt"
TAG_PROCESSORS = "pos"
#: Sentences of more words than this are tagged but never parsed. The dependency parser's cost grows with
#: the square of a sentence's length and its tree decoder's faster still; a news sentence runs to a few
#: dozen words, and a "sentence" of hundreds is mark noise or a table. The cap keeps hostile input within
#: a few times the time of news per character (benchmarks/hostile.py).
MAX_PARSE_WORDS = 200
PARSE_PROCESSORS = "lemma,depparse,ner"


@attrs.frozen
class Piece:
    """A piece of a caller's text to parse: ``text[start:end]``, with offsets kept relative to ``text``.

    ``paragraphs`` are the whole text's paragraph extents (:func:`find_paragraphs`), computed once per text;
    ``plan`` decides the depth of each sentence, ``None`` parses every sentence fully.
    """

    text: str
    start: int
    end: int
    paragraphs: Paragraphs
    plan: SentencePlan | None = None


def parse_pieces(pieces: Sequence[Piece], pipeline: Any, threads: int | None = None) -> list[Parse]:
    """Parse pieces with a stanza pipeline, one :class:`Parse` per piece, in order.

    All pieces go through stanza together (batched): tokenization first, then POS tags for the sentences
    their plan wants tagged, then lemmas, the dependency parse and NER for those it wants parsed.
    ``threads`` limits torch's CPU threads while stanza runs (``None``: torch's default).
    """
    with torch_threads(threads):
        return [repaired(one) for one in stanza_parses(pieces, pipeline)]


def repaired(parsed: Parse) -> Parse:
    """``parsed`` with the models' misparses of a speaker's introduction repaired (:mod:`.misread`,
    :mod:`.framing`, :mod:`.repair`)."""
    words = repair(misread_frame_verbs(misread_names(parsed.words)))
    return parsed if words is parsed.words else attrs.evolve(parsed, words=words)


@contextlib.contextmanager
def torch_threads(threads: int | None) -> Iterator[None]:
    """torch limited to ``threads`` CPU threads inside the block, its setting restored after it. On a
    busy or shared machine torch's default (one thread per core) can make stanza many times slower."""
    if threads is None:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def stanza_parses(pieces: Sequence[Piece], pipeline: Any) -> list[Parse]:
    """One :class:`Parse` per piece as stanza analyses it, at the depth each piece's plan wants."""
    from stanza import Document

    docs = [
        Document([], text=piece.text[piece.start : piece.end].translate(STANZA_CHAR_MAP)) for piece in pieces
    ]
    if not docs:
        return []
    docs = pipeline(docs, processors=TOKENIZE_PROCESSORS)
    for doc in docs:
        join_title_breaks(doc)
    depths = [[TOKENS] * len(doc.sentences) for doc in docs]
    tagged = [
        (k, n)
        for k, (piece, doc) in enumerate(zip(pieces, docs, strict=True))
        for n, sentence in enumerate(doc.sentences)
        if piece.plan is None or piece.plan.wants_tags(*_extent(sentence, piece.start))
    ]
    _run(pipeline, [docs[k].sentences[n] for k, n in tagged], TAG_PROCESSORS)
    for k, n in tagged:
        retag_misread_verbs(docs[k].sentences[n])
    parsed = []
    for k, n in tagged:
        depths[k][n] = TAGS
        plan, sentence = pieces[k].plan, docs[k].sentences[n]
        if len(sentence.words) > MAX_PARSE_WORDS:
            continue  # noise, not prose: its parse would cost the square of its length and mean nothing
        if plan is None or plan.wants_parse(_Builder(pieces[k]).words_of(sentence, TAGS)):
            parsed.append((k, n))
    _run(pipeline, [docs[k].sentences[n] for k, n in parsed], PARSE_PROCESSORS)
    for k, n in parsed:
        depths[k][n] = FULL
    out = []
    for piece, doc, depth in zip(pieces, docs, depths, strict=True):
        builder = _Builder(piece)
        for sentence, sentence_depth in zip(doc.sentences, depth, strict=True):
            builder.add_sentence(sentence, sentence_depth)
        out.append(builder.build())
    return out


def _run(pipeline: Any, sentences: list[Any], processors: str) -> None:
    """Run ``processors`` on some sentences of several documents at once; stanza annotates the sentence
    objects in place (this is how stanza's own bulk processing combines documents)."""
    if not sentences:
        return
    from stanza import Document

    combined = Document([])
    combined.sentences = sentences
    combined.num_tokens = sum(len(s.tokens) for s in sentences)
    combined.num_words = sum(len(s.words) for s in sentences)
    pipeline(combined, processors=processors)


def join_title_breaks(doc: Any) -> None:
    """Join the sentences the tokenizer split after an abbreviated title ("said Sen. | Ann Kim ...",
    :mod:`.breaks`) in a stanza document quotekit made, before the tagger runs: the joined sentence is
    rebuilt from its tokens' texts and character offsets (a multi-word token kept with its words)."""
    sentences = doc.sentences
    if len(sentences) < 2:
        return
    gaps = pairwise(sentences)
    new_lines = ["\n" in doc.text[a.tokens[-1].end_char : b.tokens[0].start_char] for a, b in gaps]
    joins = set(title_breaks([[token.text for token in s.tokens] for s in sentences], new_lines))
    if not joins:
        return
    from stanza.models.common.doc import Sentence as StanzaSentence

    out, pending, titles = [], [], set()
    for n, sentence in enumerate(sentences):
        pending.extend(sentence.tokens)
        if n in joins:
            if pending[-1].text == "." and pending[-2].end_char == pending[-1].start_char:
                titles.add(len(pending) - 2)  # "Sen" "." -> "Sen.", one token, as the tokenizer writes it
            continue
        joined = len(pending) > len(sentence.tokens)
        out.append(StanzaSentence(_token_entries(pending, titles), doc) if joined else sentence)
        pending, titles = [], set()
    for index, sentence in enumerate(out):
        sentence.index = index
    doc.sentences = out


def _token_entries(tokens: Sequence[Any], titles: set[int]) -> list[dict[str, Any]]:
    """Stanza tokens as the CoNLL-U dicts a stanza ``Sentence`` is made from: each token's word ids (a
    range for a multi-word token, then its words), text and character offsets; a token of ``titles`` and
    the period after it become one token ("Sen" "." -> "Sen.")."""
    entries: list[dict[str, Any]] = []
    word_id = 0
    for k, token in enumerate(tokens):
        if k - 1 in titles:
            continue  # the period, joined to its title
        if k in titles:
            end, text = tokens[k + 1].end_char, token.text + tokens[k + 1].text
            entries.append(
                {"id": (word_id + 1,), "text": text, "start_char": token.start_char, "end_char": end}
            )
            word_id += 1
            continue
        words = token.words
        ids = (word_id + 1,) if len(words) == 1 else (word_id + 1, word_id + len(words))
        entries.append(
            {"id": ids, "text": token.text, "start_char": token.start_char, "end_char": token.end_char}
        )
        if len(words) > 1:
            entries += [{"id": (word_id + 1 + j,), "text": word.text} for j, word in enumerate(words)]
        word_id += len(words)
    return entries


def retag_misread_verbs(sentence: Any) -> None:
    """Tag the verbs the tagger read as plural nouns as verbs, the "that" after one as its clause's
    complementizer, the verbs in the past read as participles as past verbs, the plural present read as a
    noun or preposition and the forms of saying that are never nouns as verbs (:mod:`.retag`), and the
    participles of saying read as nouns and the "that" read as a pronoun that open a reported clause
    (:mod:`.openers`), on the words of a stanza sentence of a document quotekit made, before the parse
    reads the tags."""
    words = sentence.words
    tagged = [(word.text, word.xpos or "") for word in words]
    verbs = misread_verbs(tagged)
    for k in verbs:
        words[k].upos, words[k].xpos, words[k].feats = VERB_TAGS
    for k in misread_complementizers(tagged, verbs):
        words[k].upos, words[k].xpos, words[k].feats = COMPLEMENTIZER_TAGS
    for k in [*misread_participles(tagged), *misread_pasts_after_comma(tagged)]:
        words[k].upos, words[k].xpos, words[k].feats = PAST_TAGS
    for k in misread_base_forms(tagged):
        words[k].upos, words[k].xpos, words[k].feats = PLURAL_VERB_TAGS
    for k in [*misread_speech_forms(tagged), *misread_fronted_forms(tagged)]:
        past = not tagged[k][0].endswith("s")
        words[k].upos, words[k].xpos, words[k].feats = PAST_TAGS if past else VERB_TAGS
    for k in misread_gerunds(tagged):
        words[k].upos, words[k].xpos, words[k].feats = PARTICIPLE_TAGS
    for k in misread_that(tagged):
        words[k].upos, words[k].xpos, words[k].feats = COMPLEMENTIZER_TAGS
    for k in misread_pronouns(tagged):
        words[k].upos, words[k].xpos, words[k].feats = PRONOUN_TAGS[tagged[k][0].lower()]


def _extent(sentence: Any, base: int) -> tuple[int, int]:
    """The character range of a stanza sentence, as offsets into the caller's text."""
    tokens = sentence.tokens
    return (tokens[0].start_char + base, tokens[-1].end_char + base) if tokens else (base, base)


def _word_offsets(token: Any, base: int) -> list[tuple[int, int]]:
    """Character offsets of each word of a stanza token (multi-word tokens share their token's span)."""
    t_start, t_end = token.start_char + base, token.end_char + base
    words = token.words
    if len(words) == 1:
        return [(t_start, t_end)]
    out: list[tuple[int, int]] = []
    for word in words:
        ws, we = getattr(word, "start_char", None), getattr(word, "end_char", None)
        if ws is None or we is None:
            out.append((t_start, t_end))
        else:
            out.append((ws + base, we + base))
    return out


def ner_class(tag: str) -> str:
    if not tag or tag == "O":
        return ""
    label = tag.split("-", 1)[-1]
    return NER_CLASSES.get(label, "misc")


class _Builder:
    """Accumulates words and sentences from stanza sentences into one document-wide Parse."""

    def __init__(self, piece: Piece) -> None:
        self.piece = piece
        self.words: list[Word] = []
        self.sentences: list[Sentence] = []

    def words_of(self, sentence: Any, depth: int) -> list[Word]:
        """The :class:`Word` records of a stanza sentence, numbered after the words built so far. Below
        :data:`FULL` depth, what stanza did not compute is left empty (lemma: the lower-cased word).
        The hot loop of quotekit's own code: one pass, attribute look-ups kept local."""
        text, base = self.piece.text, self.piece.start
        first = len(self.words) - 1  # word ids are 1-based
        index = len(self.sentences)
        tagged, full = depth >= TAGS, depth >= FULL
        out: list[Word] = []
        append = out.append
        for token in sentence.tokens:
            ner = ner_class(token.ner or "") if full else ""
            words = token.words
            if len(words) == 1:
                offsets = [(token.start_char + base, token.end_char + base)]
            else:
                offsets = _word_offsets(token, base)
            for word, (start, end) in zip(words, offsets, strict=True):
                form = text[start:end] if end > start else word.text
                head, deprel, lemma = -1, "", (word.text or "").lower()
                upos, xpos, feats = "X", "", ""
                if tagged:
                    upos, xpos, feats = word.upos or "X", word.xpos or "", word.feats or ""
                if full:
                    head = first + word.head if word.head else -1
                    deprel, lemma = word.deprel or "dep", lemma_of(word.lemma or word.text or "", upos)
                append(
                    Word(
                        first + word.id, form, lemma, upos, xpos, feats, head, deprel, start, end, index, ner
                    )
                )
        return out

    def add_sentence(self, sentence: Any, depth: int) -> None:
        words = self.words_of(sentence, depth)
        if not words:
            return
        first = len(self.words)
        self.words.extend(words)
        s_start, s_end = words[0].start, words[-1].end
        paragraph = paragraph_index(self.piece.paragraphs, s_start)
        self.sentences.append(
            Sentence(len(self.sentences), first, len(self.words), s_start, s_end, paragraph, depth)
        )

    def build(self) -> Parse:
        return Parse(self.piece.text, tuple(self.words), tuple(self.sentences), self.piece.paragraphs)


def lemma_of(lemma: str, upos: str) -> str:
    """Lemmas are lower-cased except for proper nouns, so lexicon look-ups need no case folding."""
    return lemma if upos == "PROPN" else lemma.lower()


def parse_document(doc: Any, text: str | None = None) -> Parse:
    """A :class:`Parse` of a stanza ``Document`` the caller already has (offsets from the document).

    ``text`` is the original text when ``doc.text`` is missing (a Document read from CoNLL-U has none).
    Raises :class:`~quotekit.errors.DocumentError` when the document has no text or lacks POS tags or
    the dependency parse.
    """
    original = text if text is not None else getattr(doc, "text", None)
    if original is None:
        raise DocumentError(
            "the stanza Document has no text to take character offsets from (a Document read from CoNLL-U "
            "has none): pass the original text too, extract_document(doc, text=...)"
        )
    for sentence in doc.sentences:
        for word in sentence.words:
            if word.upos is None or word.head is None or word.deprel is None:
                raise DocumentError(
                    "the stanza Document lacks POS tags or the dependency parse quotekit needs: make it "
                    f"with stanza.Pipeline('en', processors='{DEFAULT_PROCESSORS}') (got a word "
                    f"{word.text!r} with upos={word.upos!r}, head={word.head!r}, deprel={word.deprel!r})"
                )
    if not isinstance(original, str):
        raise DocumentError(f"the stanza Document's text must be a str (got {type(original).__name__})")
    _check_alignment(doc, original)
    builder = _Builder(Piece(original, 0, len(original), find_paragraphs(original)))
    for sentence in doc.sentences:
        builder.add_sentence(sentence, FULL)
    return repaired(builder.build())


def _check_alignment(doc: Any, text: str) -> None:
    """Every token's character offsets lie in ``text`` and frame the token's own words there: else the
    text is not the one the Document was made from (or the Document has no offsets)."""
    for sentence in doc.sentences:
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None:
                raise DocumentError(
                    "the stanza Document's tokens carry no character offsets (start_char/end_char): make it "
                    "with a stanza Pipeline from the text, or read CoNLL-U that has them in MISC"
                )
            seen = "".join(text[start:end].translate(STANZA_CHAR_MAP).split())
            if end > len(text) or seen != "".join((token.text or "").translate(STANZA_CHAR_MAP).split()):
                raise DocumentError(
                    f"the text does not match the stanza Document: its token {token.text!r} at characters "
                    f"{start}-{end} reads {text[start:end]!r} in the text given ({len(text)} characters). "
                    f"Pass the text the Document was made from, extract_document(doc, text=...)"
                )
