"""quotekit as a stanza processor: ``import quotekit.processor`` registers ``quote`` with stanza.

After the import, a pipeline that lists ``quote`` after stanza's own processors sets ``doc.quotes`` to the
quotes of each document, the same :class:`~quotekit.model.Quote` records as ``quotekit.extract`` on the
same text::

    import quotekit.processor  # registers "quote" (imports stanza)
    import stanza

    nlp = stanza.Pipeline("en", processors="tokenize,mwt,pos,lemma,depparse,ner,quote")
    doc = nlp("“We will win,” the mayor said.")
    doc.quotes  # [Quote(text='We will win,', ...)]

The import is the registration because stanza has no entry points for processors; ``import quotekit``
alone does not import stanza. Options go to the pipeline with the ``quote_`` prefix, as stanza's own
options do: ``quote_cue_classes="speech,cognition,source"``, ``quote_extra_cues={"aver": "speech"}``,
``quote_scare_quotes=True``, ``quote_attributions="all"``. The processor needs no model file of its own.
"""

from __future__ import annotations

from typing import Any

from stanza.models.common.doc import Document
from stanza.pipeline.processor import Processor, register_processor

from quotekit.extractor import DEFAULT_CUE_CLASSES, Extractor

__all__ = ["QUOTE", "QuoteProcessor"]

#: The processor's name in ``processors=...``, and what it provides.
QUOTE = "quote"
#: What quotekit reads from the parse: tokens, POS tags, lemmas, the dependency parse (NER is used when
#: the pipeline has it).
REQUIRES = frozenset({"tokenize", "pos", "lemma", "depparse"})

if not hasattr(Document, "quotes"):
    # stanza's own way to give a Document a new read-only annotation; None until the processor ran
    Document.add_property("quotes", default=None)


@register_processor(QUOTE)
class QuoteProcessor(Processor):  # type: ignore[misc]
    """Sets ``doc.quotes``: every quotation in the document (see :func:`quotekit.extract`)."""

    PROVIDES_DEFAULT = frozenset({QUOTE})
    REQUIRES_DEFAULT = REQUIRES

    def __init__(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        super().__init__(config, pipeline, device)
        #: What the ``quote_`` options of the pipeline gave the Extractor.
        self.options: dict[str, Any] = {
            "cue_classes": config.get("cue_classes", DEFAULT_CUE_CLASSES),
            "extra_cues": config.get("extra_cues"),
            "scare_quotes": config.get("scare_quotes", False),
            "attributions": config.get("attributions", "speech"),
        }
        self.extractor = Extractor(**self.options)

    def _set_up_model(self, config: dict[str, Any], pipeline: Any, device: Any) -> None:
        """No model: the rules run on the parse the earlier processors made."""

    def mark_inactive(self) -> None:
        """Nothing to free when stanza drops the processor (a pipeline missing a requirement)."""

    def process(self, doc: Any) -> Any:
        doc._quotes = self.extractor.extract_document(doc)
        return doc
