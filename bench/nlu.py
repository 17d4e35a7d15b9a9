"""NLU quality: intent macro-F1, slot extraction per slot, crisis recall and false positives.

Each pipeline of `bench.pipelines.PIPELINES` is trained on `nlu_data/nlu` and parses every held-out
text in a child process (`bench.nlu_worker`); the metrics are computed here from those parses.

The test set is `tests/nlu_heldout/` unless `test_set="dev"` (`python -m bench --only nlu --set dev`)
points the same code at the development set `tests/nlu_dev/` (see `bench.heldout`): the set for tuning,
which has no slot messages, so a dev run measures intents and crisis only.

- Intent: macro-F1 over the held-out intents (a prediction outside them, such as `nlu_fallback`,
  counts as wrong), plus accuracy and the share of fallbacks.
- Slots (`slots.yml`): for each slot, correct / messages that mention it. The prediction for a slot is
  the entity of the same name (`crisis` → `crisis_type`); it is correct when the model returns that
  entity with exactly the expected value and type, and no other value for it. `exact_match` is the
  share of messages whose every expected slot is right and that gain no slot they don't mention.
  `age_counting_bare_number` also accepts a lone `number` entity as the age (what the slot mapping
  does while the age question is open); the target is on the strict figure.
- Crisis (`crisis.yml`): a message is flagged when the parsed intent is `crisis` (with our SafetyNet,
  which runs inside the model, included). Recall over the crisis messages, false-positive rate over
  the others, recall per type, and (ours only) whether `crisis_type` names the right type.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional

from bench.heldout import (
    DEFAULT_SET,
    CrisisExample,
    IntentExample,
    SlotExample,
    load_crisis_set,
    load_intents,
    load_slots,
    set_folder,
)
from bench.pipelines import NLU_DATA, PIPELINES, Pipeline
from bench.processes import bench_environment, python_command, run_logged
from bot.config import PROJECT_ROOT

WORKER_TIMEOUT_SECONDS = 20 * 60
FALLBACK_INTENT = "nlu_fallback"
CRISIS_INTENT = "crisis"
# Slot name → entity name where they differ.
SLOT_ENTITY = {"crisis": "crisis_type"}


def _kind(value: Any) -> str:
    """bool, number or text: values must agree in kind as well as in value."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return "text"


def same_value(expected: Any, predicted: Any) -> bool:
    """True when `predicted` is exactly `expected` (True is not 1; "19" is not 19)."""
    return _kind(expected) == _kind(predicted) and expected == predicted


def entity_values(parse: dict[str, Any], entity: str) -> list[Any]:
    """The distinct values the parse gives for `entity`, in order."""
    values: list[Any] = []
    for item in parse.get("entities") or []:
        if item.get("entity") == entity and not any(same_value(v, item.get("value")) for v in values):
            values.append(item.get("value"))
    return values


def intent_metrics(examples: list[IntentExample], parses: list[dict[str, Any]]) -> dict[str, Any]:
    """Macro-F1 (over the held-out intents), accuracy, fallback share, F1 per intent, worst confusions."""
    from sklearn.metrics import f1_score

    gold = [e.intent for e in examples]
    predicted = [p.get("intent") or "" for p in parses]
    labels = sorted(set(gold))
    per_intent = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    confusions = Counter((g, p) for g, p in zip(gold, predicted) if g != p)
    return {
        "examples": len(gold),
        "macro_f1": float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / len(gold),
        "fallback_rate": sum(p == FALLBACK_INTENT for p in predicted) / len(gold),
        "f1_per_intent": {label: round(float(f), 4) for label, f in zip(labels, per_intent)},
        "top_confusions": [
            {"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(10)
        ],
    }


def slot_metrics(examples: list[SlotExample], parses: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy per slot, exact-match share, and spurious slots (values for slots not mentioned)."""
    correct: Counter = Counter()
    total: Counter = Counter()
    spurious: Counter = Counter()
    exact = 0
    errors: dict[str, list[dict[str, Any]]] = defaultdict(list)
    slot_names = sorted({name for e in examples for name in e.slots})
    for example, parse in zip(examples, parses):
        all_right = True
        for slot in slot_names:
            values = entity_values(parse, SLOT_ENTITY.get(slot, slot))
            if slot in example.slots:
                total[slot] += 1
                expected = example.slots[slot]
                if len(values) == 1 and same_value(expected, values[0]):
                    correct[slot] += 1
                else:
                    all_right = False
                    if len(errors[slot]) < 5:
                        errors[slot].append({"text": example.text, "expected": expected, "got": values})
            elif values:
                spurious[slot] += 1
                all_right = False
        exact += all_right
    # In a conversation a bare number ("22") fills `age` while age is being asked (the `number` entity);
    # out of context the extractor cannot know it is an age. Shown next to the strict figure.
    age_examples = [(e, p) for e, p in zip(examples, parses) if "age" in e.slots]
    age_or_number = sum(
        same_value(e.slots["age"], (entity_values(p, "age") or entity_values(p, "number") or [None])[0])
        and len(entity_values(p, "age") or entity_values(p, "number")) == 1
        for e, p in age_examples
    )
    return {
        "examples": len(examples),
        "age_counting_bare_number": age_or_number / len(age_examples) if age_examples else None,
        "per_slot": {
            slot: {"correct": correct[slot], "total": total[slot], "accuracy": correct[slot] / total[slot],
                   "spurious": spurious[slot]}
            for slot in slot_names
        },
        "exact_match": exact / len(examples) if examples else 0.0,
        "examples_of_errors": dict(errors),
    }


def crisis_metrics(
    examples: list[CrisisExample], parses: list[dict[str, Any]], *, check_type: bool
) -> dict[str, Any]:
    """Recall over crisis messages, false-positive rate over the others, recall per type."""
    flagged = [p.get("intent") == CRISIS_INTENT for p in parses]
    positives = [(e, f, p) for e, f, p in zip(examples, flagged, parses) if e.is_crisis]
    negatives = [(e, f) for e, f in zip(examples, flagged) if not e.is_crisis]
    by_type: dict[str, list[bool]] = defaultdict(list)
    for example, hit, _ in positives:
        by_type[example.crisis].append(hit)
    result: dict[str, Any] = {
        "positives": len(positives),
        "negatives": len(negatives),
        "recall": sum(f for _, f, _ in positives) / len(positives) if positives else 0.0,
        "false_positive_rate": sum(f for _, f in negatives) / len(negatives) if negatives else 0.0,
        "recall_per_type": {t: sum(h) / len(h) for t, h in sorted(by_type.items())},
        "missed": [e.text for e, f, _ in positives if not f],
        "false_positives": [e.text for e, f in negatives if f],
    }
    if check_type:
        right = [
            e.crisis in entity_values(p, "crisis_type") for e, f, p in positives if f
        ]
        result["type_accuracy_of_flagged"] = sum(right) / len(right) if right else 0.0
    return result


# Crisis sets of a test folder, by the key their metrics get; a set without the file is left out.
CRISIS_FILES = {"crisis": "crisis.yml", "crisis_fresh": "crisis_fresh.yml", "crisis_fresh_2": "crisis_fresh_2.yml"}


def without_texts(metrics: dict[str, Any]) -> dict[str, Any]:
    """The metrics with every held-out message replaced by a count, so results never show what to tune on."""
    counted = dict(metrics)
    for name in CRISIS_FILES:
        if name in metrics:
            counted[name] = {**metrics[name], **{key: len(metrics[name].get(key) or []) for key in ("missed", "false_positives")}}
    slots = dict(metrics["slots"])
    slots["examples_of_errors"] = {slot: len(texts) for slot, texts in (slots.get("examples_of_errors") or {}).items()}
    return {**counted, "slots": slots}


def _texts_to_parse(
    folder: Path,
) -> tuple[list[str], list[IntentExample], list[SlotExample], dict[str, list[CrisisExample]]]:
    """Every text of the test set in `folder` once, and its parts (slots and the fresh crisis set may be empty).

    The crisis sets by metrics key: `crisis` (`crisis.yml`), `crisis_fresh` and `crisis_fresh_2` (the fresh blind sets).
    """
    intents = load_intents(folder / "intents.yml")
    slots = load_slots(folder / "slots.yml")
    crisis = {key: load_crisis_set(folder, file) for key, file in CRISIS_FILES.items()}
    everything = [e.text for e in intents] + [e.text for e in slots] + [e.text for c in crisis.values() for e in c]
    return list(dict.fromkeys(everything)), intents, slots, crisis


def evaluate(
    pipeline: Pipeline,
    parses_by_text: dict[str, dict[str, Any]],
    intents: list[IntentExample],
    slots: list[SlotExample],
    crisis: dict[str, list[CrisisExample]],
) -> dict[str, Any]:
    """All NLU metrics of one pipeline from its parses (one crisis entry per non-empty crisis set)."""
    def pick(examples: Iterable[Any]) -> list[dict[str, Any]]:
        return [parses_by_text[e.text] for e in examples]

    slot_result = slot_metrics(slots, pick(slots))
    if not pipeline.has_safety_net:
        slot_result["note"] = (
            "Rasa's default pipeline extracts entities only with DIET, which learns them from annotated "
            "examples; our training data has none (our facts come from code), so it returns none."
        )
    result = {"title": pipeline.title, "intent": intent_metrics(intents, pick(intents)), "slots": slot_result}
    for key, examples in crisis.items():
        if examples:
            result[key] = crisis_metrics(examples, pick(examples), check_type=pipeline.has_safety_net)
    return result


def run(workdir: Path, *, epoch_scale: float = 1.0, pipelines: Optional[list[Pipeline]] = None,
        trained: Optional[dict[str, Path]] = None, log: Any = print,
        test_set: str = DEFAULT_SET) -> dict[str, Any]:
    """Train and evaluate every pipeline; returns {key: metrics, ...} plus training times.

    `trained` maps a pipeline key to a model already trained with that pipeline on the same NLU data
    (our full model from the training benchmark): it is parsed with instead of training again.
    `test_set` names the set measured on: `heldout` (default) or `dev` (`bench.heldout.SETS`).
    """
    trained = trained or {}
    folder_of_set = set_folder(test_set)
    texts, intents, slots, crisis = _texts_to_parse(folder_of_set)
    texts_file = workdir / f"{test_set}-texts.json"
    workdir.mkdir(parents=True, exist_ok=True)
    texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    results: dict[str, Any] = {
        # The set measured on; "heldout" holds the sizes of that set (also for `dev`), as report.py reads it.
        "test_set": test_set,
        "test_folder": str(folder_of_set.relative_to(PROJECT_ROOT)),
        "heldout": {"intents": len(intents), "slots": len(slots), **{key: len(c) for key, c in crisis.items() if c}},
        "epoch_scale": epoch_scale,
        "pipelines": {},
    }
    env = bench_environment({"RASA_CACHE_DIRECTORY": str(workdir / "rasa-cache")})
    for pipeline in pipelines or PIPELINES:
        folder = workdir / f"nlu-{pipeline.key}"
        if pipeline.key in trained:
            source = ["--model", str(trained[pipeline.key])]
            log(f"[nlu] parsing with {pipeline.title} (the model trained by the training benchmark) ...")
        else:
            config = pipeline.write(folder, epoch_scale=epoch_scale)
            source = ["--config", str(config), "--nlu", str(NLU_DATA)]
            log(f"[nlu] training and parsing with {pipeline.title} ...")
        finished = run_logged(
            python_command("-m", "bench.nlu_worker", *source, "--out", str(folder), "--texts", str(texts_file)),
            folder / "worker.log",
            timeout=WORKER_TIMEOUT_SECONDS,
            env=env,
            what=f"NLU benchmark of {pipeline.title}",
        )
        output = json.loads((folder / "parses.json").read_text(encoding="utf-8"))
        parses_by_text = dict(zip(texts, output["parses"]))
        metrics = evaluate(pipeline, parses_by_text, intents, slots, crisis)
        if test_set == DEFAULT_SET:
            metrics = without_texts(metrics)
        metrics["train_seconds"] = round(output["train_seconds"], 1) if output["train_seconds"] else None
        metrics["model"] = "full model (training benchmark)" if pipeline.key in trained else "NLU-only"
        metrics["parse_ms_per_message"] = round(1000 * output["parse_seconds"] / max(1, len(texts)), 2)
        metrics["worker_seconds"] = round(finished.seconds, 1)
        results["pipelines"][pipeline.key] = metrics
        log(f"[nlu] {pipeline.title} on the {test_set} set: macro-F1 {metrics['intent']['macro_f1']:.3f}, "
            f"crisis recall {metrics['crisis']['recall']:.1%} / FP {metrics['crisis']['false_positive_rate']:.1%}, "
            f"{metrics['worker_seconds']:.0f} s")
    return results
