"""The options of an :class:`~quotekit.Extractor`: one frozen, validated record.

Every check lives in a validator or converter, and every message has one grammar: "'batch_size' must be a
positive int (got 0)". A wrong *type* raises :class:`~quotekit.errors.InputTypeError` (a ``TypeError``), a
wrong *value* :class:`~quotekit.errors.ConfigError` (a ``ValueError``). The record is picklable, which is
how worker processes get the same options.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import regex

from quotekit.errors import ConfigError, InputTypeError
from quotekit.model import CUE_CLASSES, CueClass

__all__ = [
    "ATTRIBUTIONS",
    "DEFAULT_CUE_CLASSES",
    "MAX_BATCH_SIZE",
    "Options",
    "available_devices",
    "check_batch",
    "check_options",
    "cpu_count",
    "must",
    "option_names",
]

#: Cue classes used unless the caller asks otherwise: reported speech and "according to".
DEFAULT_CUE_CLASSES: tuple[CueClass, ...] = ("speech", "source")
#: The most texts (or pieces of texts) one batch of :meth:`~quotekit.Extractor.pipe` may hold: a batch is held
#: in memory whole, and stanza gains nothing from batches larger than a few hundred sentences.
MAX_BATCH_SIZE = 1024
#: The notions of attribution (``attributions=``): reported speech, or every attribution of content to a
#: source as PARC 3.0 and PolNeAR annotate it (docs/rules.md, "Two notions of attribution").
ATTRIBUTIONS = ("speech", "all")
#: Devices stanza (torch) may run on, as torch writes them.
_DEVICE = regex.compile(r"(?:cpu|cuda|mps|xpu)(?::\d+)?")


def _got(value: object) -> str:
    return f"{type(value).__name__}: {value!r:.60}" if not isinstance(value, (int, str)) else f"{value!r:.60}"


def must(name: str, what: str, value: object) -> str:
    """The message of every option error: ``'name' must be what (got value)``."""
    return f"'{name}' must be {what} (got {_got(value)})"


def _bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise InputTypeError(must(attribute.name, "a bool", value))


def _str(what: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            raise InputTypeError(must(attribute.name, what, value))

    return check


def _models_dir(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, (str, os.PathLike)):
        raise InputTypeError(must(attribute.name, "a str or path, or None", value))


def cpu_count() -> int:
    """The CPU cores this process may use (its affinity where the OS says, else all of them): the most
    ``threads`` and worker processes an Extractor takes."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _threads(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` or 1 to the number of CPU cores: more threads than cores only slow torch down, and a huge
    number aborts the process inside the OpenMP runtime, where no exception can be caught."""
    what = f"a positive int up to {cpu_count()} (the CPU cores here), or None"
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputTypeError(must(attribute.name, what, value))
    if not 1 <= value <= cpu_count():
        raise ConfigError(must(attribute.name, what, value))


def _cue_classes(value: object) -> tuple[str, ...]:
    """A comma-separated str ("speech,cognition") or a sequence of class names, as a tuple."""
    if isinstance(value, str):
        return tuple(c.strip() for c in value.split(",") if c.strip())
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        raise InputTypeError(must("cue_classes", "a sequence of str", value))
    items = tuple(value)
    if not all(isinstance(c, str) for c in items):
        raise InputTypeError(must("cue_classes", "a sequence of str", items))
    return items


def _check_cue_classes(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not value or any(c not in CUE_CLASSES for c in value):
        raise ConfigError(must("cue_classes", f"one or more of {CUE_CLASSES}", value))


def _extra_cues(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InputTypeError(must("extra_cues", "a mapping of lemma to cue class", value))
    out: dict[str, str] = {}
    for lemma, cls in value.items():
        if not isinstance(lemma, str) or not isinstance(cls, str):
            raise InputTypeError(must("extra_cues", "a mapping of str lemma to str cue class", {lemma: cls}))
        word = lemma.strip().lower()
        if not regex.fullmatch(r"[\p{L}][\p{L}\-]*", word):
            raise ConfigError(
                must("extra_cues", "a mapping whose lemmas are single words such as 'aver'", lemma)
                + ": a cue is one reporting verb (its particle, as in 'point out', is not supported)"
            )
        out[word] = cls
    return out


def _check_extra_cues(instance: Options, attribute: attrs.Attribute[Any], value: dict[str, str]) -> None:
    for lemma, cls in value.items():
        if cls not in CUE_CLASSES:
            raise ConfigError(must("extra_cues", f"a mapping to one of {CUE_CLASSES}", {lemma: cls}))
        if cls not in instance.cue_classes and instance.attributions != "all":
            raise ConfigError(
                must(
                    "extra_cues",
                    f"a mapping to a class among cue_classes {instance.cue_classes}",
                    {lemma: cls},
                )
                + f": add {cls!r} to cue_classes, or the cue can never match"
            )


def _attributions(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InputTypeError(must("attributions", f"a str, one of {ATTRIBUTIONS}", value))
    if value not in ATTRIBUTIONS:
        raise ConfigError(
            must("attributions", f"one of {ATTRIBUTIONS}", value)
            + ": 'speech' for reported speech, 'all' for every attribution as PARC and PolNeAR define it"
        )


def _device(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """``None`` (stanza's choice), or a torch device this machine has: checked now, not on first use."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InputTypeError(must("device", "a str such as 'cpu' or 'cuda', or None", value))
    have = available_devices()
    if not _DEVICE.fullmatch(value) or value.split(":")[0] not in {d.split(":")[0] for d in have}:
        raise ConfigError(must("device", f"one of the devices torch has here, {have}", value))
    if ":" in value and value not in have:
        raise ConfigError(must("device", f"one of the devices torch has here, {have}", value))


def available_devices() -> tuple[str, ...]:
    """The torch devices of this machine: "cpu", and "cuda", "cuda:0", ... where CUDA works."""
    import torch

    found = ["cpu"]
    if torch.cuda.is_available():
        found += ["cuda", *(f"cuda:{k}" for k in range(torch.cuda.device_count()))]
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        found.append("mps")
    return tuple(found)


@attrs.frozen
class Options:
    """What an :class:`~quotekit.Extractor` was asked for.

    - ``models_dir``: a stanza resources folder; default ``$STANZA_RESOURCES_DIR``, else stanza's default
      (``~/stanza_resources``). Nothing is downloaded unless ``download=True`` (and then only what the
      folder lacks).
    - ``device``: the torch device for stanza ("cpu", "cuda", "cuda:1"); one this machine has.
    - ``cue_classes``: which cues count, any of ``"speech"`` (say, tell), ``"cognition"`` (believe,
      think), ``"source"`` (according to), ``"evidence"`` (show, demonstrate), ``"stance"`` (plan, refuse,
      support); default speech and source. A comma-separated str works too.
    - ``extra_cues``: more reporting verbs, lemma -> class, e.g. ``{"aver": "speech"}``; found by lemma and
      by every written form (irregular ones too: "foretell" finds "foretold"); the class must be among
      ``cue_classes``.
    - ``scare_quotes``: keep the quotations that look like titles or scare quotes and no cue governs: fewer
      than four words and no finite verb ("the so-called “reset”"), a few words in title case that a phrase
      takes in ("a guest on “Morning Desk With Tom Lutz”"), a subheading. By default they are left out; every
      other quotation around words is in the output, with ``speaker=None`` when nobody could be found.
    - ``full_parse``: run stanza's whole pipeline on every sentence. By default only sentences that may
      hold a cue or introduce a named source get lemmas, the dependency parse and NER, and only those get
      POS tags that need them (the rest are tokenized): the same quotes, faster (docs/benchmarks.md).
    - ``threads``: torch's CPU threads while stanza runs (default: torch's own, one per core), at most the
      number of CPU cores. On a busy or shared machine ``threads=1`` is often several times faster.
    - ``lang``: "en", the only language quotekit has rules for.
    - ``attributions``: ``"speech"`` (the default: reported speech, with the cues of ``cue_classes``) or
      ``"all"``: every attribution as PARC 3.0 and PolNeAR define it, which takes every cue class and adds
      evidence ("the poll shows"), stance ("plans to"), noun-phrase contents ("denied the allegations") and
      nominal cues ("his claim that ..."); docs/rules.md says how the two differ.
    """

    models_dir: str | os.PathLike[str] | None = attrs.field(default=None, validator=_models_dir)
    download: bool = attrs.field(default=False, validator=_bool)
    device: str | None = attrs.field(default=None, validator=_device)
    cue_classes: tuple[CueClass, ...] = attrs.field(
        default=DEFAULT_CUE_CLASSES, converter=_cue_classes, validator=_check_cue_classes
    )
    extra_cues: dict[str, str] = attrs.field(factory=dict, converter=_extra_cues, validator=_check_extra_cues)
    scare_quotes: bool = attrs.field(default=False, validator=_bool)
    full_parse: bool = attrs.field(default=False, validator=_bool)
    threads: int | None = attrs.field(default=None, validator=_threads)
    lang: str = attrs.field(default="en", validator=_str("a str such as 'en'"))
    attributions: str = attrs.field(default="speech", validator=_attributions)

    def as_kwargs(self) -> dict[str, Any]:
        """The options as the keyword arguments of :class:`~quotekit.Extractor`."""
        return attrs.asdict(self, recurse=False)


def option_names() -> tuple[str, ...]:
    """The names of every option, in order."""
    return tuple(a.name for a in attrs.fields(Options))


def check_options(func: str, options: Mapping[str, object]) -> None:
    """Unknown option names are an :class:`~quotekit.errors.InputTypeError` that lists the known ones."""
    unknown = sorted(set(options) - set(option_names()))
    if unknown:
        raise InputTypeError(
            f"{func}() got unknown option {', '.join(map(repr, unknown))}: "
            f"the options are {', '.join(option_names())}"
        )


def check_batch(batch_size: object, n_process: object) -> None:
    """The arguments of :meth:`~quotekit.Extractor.pipe`: ``batch_size`` from 1 to :data:`MAX_BATCH_SIZE`;
    ``n_process`` from 1 to the number of CPU cores, or -1 (one worker per CPU core)."""
    if not isinstance(batch_size, int) or isinstance(batch_size, bool):
        raise InputTypeError(must("batch_size", "a positive int", batch_size))
    if not isinstance(n_process, int) or isinstance(n_process, bool):
        raise InputTypeError(must("n_process", "a positive int or -1", n_process))
    if not 1 <= batch_size <= MAX_BATCH_SIZE:
        raise ConfigError(must("batch_size", f"a positive int up to {MAX_BATCH_SIZE}", batch_size))
    if not (1 <= n_process <= cpu_count() or n_process == -1):
        what = f"a positive int up to {cpu_count()} (the CPU cores here), or -1 for one per core"
        raise ConfigError(must("n_process", what, n_process))
