"""The NLU pipelines compared: ours (whitespace tokens), ours on the Dutch spaCy pipeline, and Rasa's default.

Each is written as a config file into a temporary folder; the NLU is trained from it on the same
`nlu_data/nlu` in the same run.
"""
from __future__ import annotations

import copy
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

from bot.config import PROJECT_ROOT

OUR_CONFIG = PROJECT_ROOT / "config" / "config.yml"
NLU_DATA = PROJECT_ROOT / "nlu_data" / "nlu"
_TOKENIZERS = {"WhitespaceTokenizer", "SpacyNLP", "SpacyTokenizer"}
# The Dutch spaCy pipeline as the spaCy variant uses it (built offline by `woonplek build-nlp`).
SPACY_COMPONENTS = [{"name": "SpacyNLP", "model": "data/spacy-nl", "case_sensitive": False}, {"name": "SpacyTokenizer"}]
_EPOCH_COMPONENTS = {"DIETClassifier", "ResponseSelector"}
_DEFAULT_EPOCHS = 300  # Rasa's default for both when a config leaves `epochs` out


def rasa_package_file(*parts: str) -> Path:
    """A file shipped inside the installed `rasa` package (found without importing rasa)."""
    spec = importlib.util.find_spec("rasa")
    if spec is None or spec.origin is None:
        raise RuntimeError("rasa is not installed in this environment")
    return Path(spec.origin).parent.joinpath(*parts)


def rasa_default_config_file() -> Path:
    """The config Rasa fills in when `config.yml` has no pipeline: what `rasa init` trains with.

    `rasa init` writes `rasa/cli/initial_project/config.yml` with the pipeline commented out, so at
    training time Rasa uses `rasa/engine/recipes/config_files/default_config.yml`.
    """
    return rasa_package_file("engine", "recipes", "config_files", "default_config.yml")


def _load(path: Path) -> dict[str, Any]:
    """A YAML config file as a dict."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def our_config() -> dict[str, Any]:
    """`config/config.yml` as it is."""
    return _load(OUR_CONFIG)


def spacy_config() -> dict[str, Any]:
    """Our pipeline with its tokenizer replaced by the Dutch spaCy pipeline built at setup (`data/spacy-nl`)."""
    config = copy.deepcopy(our_config())
    pipeline = [c for c in config["pipeline"] if c.get("name") not in _TOKENIZERS]
    config["pipeline"] = SPACY_COMPONENTS + pipeline
    return config


def rasa_default_config() -> dict[str, Any]:
    """Rasa's default pipeline (`rasa init`), with our language code (no component depends on it)."""
    config = _load(rasa_default_config_file())
    config["language"] = our_config().get("language", "nl")
    return config


def scale_epochs(config: dict[str, Any], scale: float) -> dict[str, Any]:
    """A copy of `config` whose components train for `scale` times their epochs (at least 1)."""
    config = copy.deepcopy(config)
    if scale != 1.0:
        for component in config.get("pipeline") or []:
            if component.get("name") in _EPOCH_COMPONENTS:
                epochs = component.get("epochs", _DEFAULT_EPOCHS)
                component["epochs"] = max(1, round(epochs * scale))
    return config


@dataclass(frozen=True)
class Pipeline:
    """One NLU pipeline in the comparison."""

    key: str
    title: str
    build: Callable[[], dict[str, Any]]
    has_safety_net: bool  # our SafetyNet runs last and sets `crisis`

    def write(self, folder: Path, *, epoch_scale: float = 1.0) -> Path:
        """Write this pipeline's config into `folder` (epochs scaled for quick runs); returns the file."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"config-{self.key}.yml"
        config = scale_epochs(self.build(), epoch_scale)
        path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path


PIPELINES = [
    Pipeline("woonplek", "Woonplek (whitespace tokens)", our_config, has_safety_net=True),
    Pipeline("woonplek_spacy", "Woonplek, spaCy nl tokens", spacy_config, has_safety_net=True),
    Pipeline("rasa_default", "Rasa default (`rasa init`)", rasa_default_config, has_safety_net=False),
]
