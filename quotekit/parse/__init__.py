"""The parse stage: the only part of quotekit that touches stanza.

It turns text (or a stanza ``Document`` the caller already has, or a CoNLL-U string for model-free tests)
into a flat, typed :class:`~quotekit.document.Parse` with document-wide word indices and character offsets
into the caller's original text. Requires: text. Provides: words (lemma, UPOS, features, head, relation,
NER), sentences, paragraphs.

- :mod:`~quotekit.parse.models`: finding and loading the stanza models, typed errors;
- :mod:`~quotekit.parse.build`: selective parsing of text pieces, and stanza ``Document`` -> Parse;
- :mod:`~quotekit.parse.breaks`: sentence breaks the tokenizer put after an abbreviated title, taken back;
- :mod:`~quotekit.parse.retag`: verbs the tagger read as plural nouns, tagged again before the parse;
- :mod:`~quotekit.parse.repair` (with :mod:`~quotekit.parse.appositions`, :mod:`~quotekit.parse.clauses`,
  :mod:`~quotekit.parse.misread`, :mod:`~quotekit.parse.framing`): the models' misparses mended after it;
- :mod:`~quotekit.parse.trees`: faster, identical dependency-tree decoding for stanza's parser;
- :mod:`~quotekit.parse.conllu`: CoNLL-U -> Parse, without any model.

stanza is imported lazily, inside the functions that need it, so ``import quotekit`` stays cheap.
"""

from __future__ import annotations

from quotekit.document import Parse, Sentence, Word
from quotekit.parse.build import (
    DEPTHS,
    FULL,
    TAGS,
    TOKENS,
    Piece,
    SentencePlan,
    parse_document,
    parse_pieces,
)
from quotekit.parse.conllu import parse_conllu, to_conllu
from quotekit.parse.models import DEFAULT_PROCESSORS, load_pipeline, pipeline_lock, resolve_models_dir
from quotekit.parse.trees import one_root_tree, single_root_tree

__all__ = [
    "DEFAULT_PROCESSORS",
    "DEPTHS",
    "FULL",
    "TAGS",
    "TOKENS",
    "Parse",
    "Piece",
    "Sentence",
    "SentencePlan",
    "Word",
    "load_pipeline",
    "one_root_tree",
    "parse_conllu",
    "parse_document",
    "parse_pieces",
    "pipeline_lock",
    "resolve_models_dir",
    "single_root_tree",
    "to_conllu",
]
