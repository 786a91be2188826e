"""Finding and loading the stanza models: the one place that builds a stanza ``Pipeline``.

The folder is the one the caller names, else ``$STANZA_RESOURCES_DIR``, else stanza's default
(``~/stanza_resources``). Nothing touches the network unless the caller asked for ``download=True``, and
then only for what the folder lacks. Every failure is a typed error that says how to fix it: the models
are missing (:class:`~quotekit.errors.ModelsNotFoundError`), cannot be loaded
(:class:`~quotekit.errors.IncompatibleModelsError`), could not be downloaded, or the pipeline could not
be built for another reason (:class:`~quotekit.errors.PipelineError`: a device, memory, stanza itself).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from quotekit.errors import (
    IncompatibleModelsError,
    ModelsNotFoundError,
    PipelineError,
    QuotekitError,
    UnsupportedLanguageError,
)
from quotekit.parse.trees import install_fast_trees

__all__ = ["DEFAULT_PROCESSORS", "load_pipeline", "pipeline_lock", "resolve_models_dir"]

#: The stanza processors quotekit needs.
DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"


def resolve_models_dir(models_dir: str | os.PathLike[str] | None) -> Path:
    """The stanza resources folder: the argument, else ``$STANZA_RESOURCES_DIR``, else stanza's default."""
    if models_dir is not None:
        return Path(models_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path("~/stanza_resources").expanduser()


def _missing_models_message(folder: Path, lang: str, detail: str) -> str:
    return (
        f"stanza models for {lang!r} were not found in {str(folder)!r} ({detail}). Fix it with one of:\n"
        f"  - download them once: python -c \"import stanza; stanza.download('{lang}')\"\n"
        f"  - or let quotekit download them: quotekit.Extractor(download=True)\n"
        f"  - or point at a folder that has them: quotekit.Extractor(models_dir=...) "
        f"or the STANZA_RESOURCES_DIR environment variable"
    )


#: stanza's exceptions for models that are not there (matched by name: stanza does not export them).
_MISSING_ERRORS = frozenset({"ResourcesFileNotFoundError", "LanguageNotDownloadedError", "FileNotFoundError"})


def _incompatible_message(folder: Path, lang: str, detail: str) -> str:
    return (
        f"the stanza models for {lang!r} in {str(folder)!r} cannot be used ({detail}). Fix it with one of:\n"
        f"  - download a fresh, matching set: python -c \"import stanza; stanza.download('{lang}')\"\n"
        f"  - or point quotekit.Extractor(models_dir=...) or STANZA_RESOURCES_DIR at a complete model folder "
        f"made for the installed stanza version"
    )


#: The seed of torch's random numbers while a pipeline is built (see :func:`_build_pipeline`).
LOAD_SEED = 0


def _build_pipeline(stanza: Any, kwargs: dict[str, Any]) -> Any:
    """``stanza.Pipeline(**kwargs)`` with torch's random numbers seeded while it loads, and the caller's
    random state restored afterwards. Some model files lack a layer that the installed stanza builds (the
    English MWT model's output layer, with stanza 1.15): stanza fills it with random weights, so without a
    fixed seed two processes would split words differently and find different quotes in the same text."""
    import torch

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(LOAD_SEED)
        return stanza.Pipeline(**kwargs)


#: Exceptions that say a model file is damaged or made for another stanza version (matched by name: they
#: come from pickle, zipfile, json and torch's loader).
_BROKEN_FILE_ERRORS = frozenset(
    {
        "UnpicklingError",
        "EOFError",
        "BadZipFile",
        "JSONDecodeError",
        "KeyError",
        "IndexError",
        "UnicodeDecodeError",
    }
)
#: Words of torch's own messages for a model file it cannot read or whose weights do not fit the model.
_BROKEN_FILE_WORDS = ("state_dict", "size mismatch", "PytorchStreamReader", "invalid load key", "unpickl")
#: Exceptions of a failed download (requests' and urllib's).
_NETWORK_ERRORS = frozenset({"ConnectionError", "Timeout", "HTTPError", "URLError", "SSLError", "ProxyError"})


def _download_message(folder: Path, lang: str, detail: str) -> str:
    return (
        f"downloading the stanza models for {lang!r} into {str(folder)!r} failed ({detail}). Fix it with "
        f"one of:\n"
        f"  - check the network connection (and any proxy) and try again\n"
        f"  - or download them on a machine with internet access and copy the folder here, then point "
        f"models_dir or STANZA_RESOURCES_DIR at it"
    )


def _load_error(exc: Exception, folder: Path, lang: str, downloading: bool) -> QuotekitError:
    """The typed error for an exception stanza raised while building its pipeline: missing models, a
    failed download, damaged or mismatched model files, or (anything else) a pipeline that could not be
    built for a reason that is not the models'."""
    detail = f"{type(exc).__name__}: {str(exc)[:200]}"
    names = {cls.__name__ for cls in type(exc).__mro__}
    if downloading and names & _NETWORK_ERRORS:
        return ModelsNotFoundError(_download_message(folder, lang, detail))
    if names & _MISSING_ERRORS:
        return ModelsNotFoundError(_missing_models_message(folder, lang, detail))
    if names & _BROKEN_FILE_ERRORS or any(word in str(exc) for word in _BROKEN_FILE_WORDS):
        return IncompatibleModelsError(_incompatible_message(folder, lang, detail))
    return PipelineError(
        f"stanza could not build its pipeline from {str(folder)!r} ({detail}). This is not a problem of "
        f"the model files: check the device and free memory, and that the installed stanza version works "
        f'(python -c "import stanza; print(stanza.__version__)")'
    )


_PIPELINES: dict[tuple[str, str, str, str | None], Any] = {}
_PIPELINES_LOCK = threading.Lock()
#: One lock per pipeline: stanza does not promise that a Pipeline may run in several threads at once.
_RUN_LOCKS: dict[int, threading.Lock] = {}


def pipeline_lock(pipeline: Any) -> threading.Lock:
    """The lock that serializes calls into ``pipeline`` (shared by every Extractor that uses it)."""
    with _PIPELINES_LOCK:
        return _RUN_LOCKS.setdefault(id(pipeline), threading.Lock())


def load_pipeline(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    lang: str = "en",
    processors: str = DEFAULT_PROCESSORS,
    download: bool = False,
    device: str | None = None,
) -> Any:
    """A stanza ``Pipeline`` (cached per folder, processors and device), built without network access
    unless ``download`` is true and the folder lacks them. Raises :class:`ModelsNotFoundError` when the
    models are missing or could not be downloaded, :class:`IncompatibleModelsError` when they cannot be
    loaded and :class:`PipelineError` when the pipeline fails for another reason, each saying what to do."""
    if lang != "en":
        raise UnsupportedLanguageError(
            f"quotekit has rules for English only: lang must be 'en' (got {lang!r})"
        )
    folder = resolve_models_dir(models_dir)
    key = (str(folder), lang, processors, device)
    with _PIPELINES_LOCK:
        if key in _PIPELINES:
            return _PIPELINES[key]
        present = (folder / "resources.json").is_file()
        if not download and not present:
            raise ModelsNotFoundError(_missing_models_message(folder, lang, "no resources.json"))
        stanza = _import_stanza()
        kwargs: dict[str, Any] = {
            "lang": lang,
            "dir": str(folder),
            "processors": processors,
            "logging_level": "WARN",
            "download_method": None,
        }
        if device is not None:
            kwargs["device"] = device
        pipeline = _build_or_download(stanza, kwargs, folder, lang, present, download)
        missing = [name for name in processors.split(",") if name not in pipeline.processors]
        if missing:
            raise IncompatibleModelsError(
                _incompatible_message(folder, lang, f"no {', '.join(missing)} processor")
            )
        install_fast_trees(pipeline)
        _PIPELINES[key] = pipeline
        return pipeline


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as exc:  # pragma: no cover - stanza is a dependency
        raise ModelsNotFoundError(
            "quotekit needs the stanza package: pip install stanza (install torch first)"
        ) from exc
    return stanza


def _build_or_download(
    stanza: Any, kwargs: dict[str, Any], folder: Path, lang: str, present: bool, download: bool
) -> Any:
    """Build the pipeline from the folder as it is; download only when asked and something is missing
    (a complete offline folder is used as it is, even with ``download=True``)."""
    if not download or present:
        try:
            return _build_pipeline(stanza, kwargs)
        except Exception as exc:
            error = _load_error(exc, folder, lang, downloading=False)
            if not (download and isinstance(error, ModelsNotFoundError)):
                raise error from exc
    try:
        return _build_pipeline(stanza, {**kwargs, "download_method": stanza.DownloadMethod.REUSE_RESOURCES})
    except Exception as exc:
        error = _load_error(exc, folder, lang, downloading=True)
        if isinstance(error, PipelineError):  # whatever broke while downloading, it was the download
            error = ModelsNotFoundError(_download_message(folder, lang, f"{type(exc).__name__}: {exc}"))
        raise error from exc
