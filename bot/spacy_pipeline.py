"""Build the Dutch spaCy pipeline Rasa's `SpacyNLP` loads (`data/spacy-nl`), offline.

No trained spaCy model is downloaded: the pipeline is `spacy.blank("nl")` (spaCy's Dutch tokenizer)
plus a `lemmatizer` in lookup mode. Its table comes from `spacy-lookups-data`: the Dutch lookup table
(`sliep`, `geslapen` → `slapen`), completed with the irregular forms of nouns, verbs and adjectives
from the rule tables' exceptions, which the lookup table lacks (`kinderen` → `kind`, `ben` → `zijn`).
Rule mode itself needs part-of-speech tags, which a blank pipeline does not have.

`woonplek build-nlp` calls `build_if_needed()`; it rebuilds only when the folder is missing or this
builder changed (its fingerprint is kept in the folder).
"""
from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path
from typing import Optional

from bot.config import get_settings

FINGERPRINT_FILE = "woonplek-builder.sha256"

# Parts of speech whose irregular forms join the lookup table, in order of preference when a form
# is an exception in several (`daklozen`: noun `dakloze`, adjective `dakloos`). Function words
# (adp, det, pron, adv) are left out: their exceptions map `me` → `mee` and `meer` → `mee`, and
# their forms keep the lemma of the lookup table.
_EXCEPTION_POS = ("noun", "verb", "adj")
_FUNCTION_POS = ("adp", "det", "pron", "adv")
_MIN_EXCEPTION_LENGTH = 4  # `en`, `me`: short forms are function words far more often

# Without tags a form gets one lemma; where the noun reading of a verb form would win but the verb is
# what people write to us, keep the verb (`slapen` is not the plural of `slaap` here).
_OVERRIDES = {"slapen": "slapen", "slaap": "slapen", "niet": "niet"}

# Words the built pipeline must lemmatise like this; the build fails otherwise.
SELF_CHECK = {
    "slapen": "slapen",
    "sliep": "slapen",
    "geslapen": "slapen",
    "kinderen": "kind",
    "honden": "hond",
    "woonde": "wonen",
}


def builder_fingerprint() -> str:
    """sha256 of this module and the versions it builds with: a change means a rebuild."""
    import spacy
    import spacy_lookups_data

    digest = hashlib.sha256()
    digest.update(Path(__file__).read_bytes())
    digest.update(f"spacy={spacy.__version__}".encode())
    digest.update(f"spacy-lookups-data={spacy_lookups_data.__version__}".encode())
    return digest.hexdigest()


def dutch_lemma_table() -> dict[str, str]:
    """The Dutch lookup table of `spacy-lookups-data` plus irregular noun/verb/adjective forms."""
    from spacy.lookups import load_lookups
    from spacy.strings import get_string_id

    lookups = load_lookups("nl", ["lemma_lookup", "lemma_exc", "lemma_index"])
    table: dict[str, str] = dict(lookups.get_table("lemma_lookup").items())
    exceptions = lookups.get_table("lemma_exc")
    index = lookups.get_table("lemma_index")
    # Function words keep their lookup lemma (else `mijn` → `mijnen`, `meer` → `meren`).
    function_words = set()
    for pos in _FUNCTION_POS:
        function_words.update(index.get(get_string_id(pos), ()))
        function_words.update(exceptions.get(get_string_id(pos), {}))
    # A noun or adjective base form keeps its lemma (else `straat` → `straten`, `werk` → `werken`).
    base_forms = set(function_words)
    for pos in ("noun", "adj"):
        base_forms.update(index.get(get_string_id(pos), ()))
    for pos in _EXCEPTION_POS:  # the first part of speech that knows a form decides its lemma
        for form, lemmas in exceptions.get(get_string_id(pos), {}).items():
            if lemmas and len(form) >= _MIN_EXCEPTION_LENGTH and form not in base_forms:
                table.setdefault(form, lemmas[0])
    table.update(_OVERRIDES)
    return table


def build_pipeline():  # type: ignore[no-untyped-def]
    """A blank Dutch pipeline with the lookup lemmatizer, initialised (returns `spacy.Language`)."""
    import spacy
    from spacy.lookups import Lookups

    nlp = spacy.blank("nl")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", dutch_lemma_table())
    lemmatizer.initialize(lookups=lookups)
    return nlp


def check_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    """Raise if `nlp` does not lemmatise the words of `SELF_CHECK` as expected."""
    wrong = {}
    for word, lemma in SELF_CHECK.items():
        got = nlp(word)[0].lemma_
        if got != lemma:
            wrong[word] = got
    if wrong:
        raise RuntimeError(f"Dutch lemmatizer is wrong for {wrong} (expected {SELF_CHECK})")


def _installed_fingerprint(target: Path) -> Optional[str]:
    """The builder fingerprint stored in `target`, if there is a complete pipeline there."""
    stamp = target / FINGERPRINT_FILE
    if not (target / "config.cfg").exists() or not stamp.exists():
        return None
    return stamp.read_text().strip()


def build(target: Optional[Path] = None) -> Path:
    """Build the pipeline into `target` (default: `settings.spacy_model_dir`), replacing it."""
    import spacy

    target = target or get_settings().spacy_model_dir
    nlp = build_pipeline()
    check_pipeline(nlp)
    staging = target.with_name(target.name + ".building")
    shutil.rmtree(staging, ignore_errors=True)
    nlp.to_disk(staging)
    check_pipeline(spacy.load(staging))
    (staging / FINGERPRINT_FILE).write_text(builder_fingerprint() + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target


def build_if_needed(target: Optional[Path] = None, *, force: bool = False) -> bool:
    """Build when `target` is missing or was built by another builder; True when it built."""
    target = target or get_settings().spacy_model_dir
    if not force and _installed_fingerprint(target) == builder_fingerprint():
        print(f"Dutch spaCy pipeline is up to date: {target}")
        return False
    started = time.monotonic()
    build(target)
    print(f"Built the Dutch spaCy pipeline in {target} ({time.monotonic() - started:.1f} s)")
    return True
