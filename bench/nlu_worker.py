"""Child process of the NLU benchmark: train one NLU model, parse texts with it, write the parses.

    python -m bench.nlu_worker --config C --nlu DATA --out DIR --texts texts.json
    python -m bench.nlu_worker --model MODEL.tar.gz --out DIR --texts texts.json   (no training)

Runs with cwd = project root (our pipeline names `data/spacy-nl` and `bot.nlu.*` components).
Writes `DIR/parses.json`: {"train_seconds": float, "parse_seconds": float, "parses": [{intent,
confidence, entities}, ...]} in the order of the texts (train_seconds is null with --model). Training and TensorFlow stay in this child
so that the benchmark process itself stays small and each pipeline starts clean.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any


def _plain(value: Any) -> Any:
    """A JSON-safe copy of an entity value (numpy numbers become Python numbers)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "item"):
        return value.item()
    return str(value)


def summarise(parse: dict[str, Any]) -> dict[str, Any]:
    """What the benchmark needs from one parse result."""
    intent = parse.get("intent") or {}
    return {
        "intent": intent.get("name"),
        "confidence": float(intent.get("confidence") or 0.0),
        "entities": [
            {"entity": e.get("entity"), "value": _plain(e.get("value")), "extractor": e.get("extractor")}
            for e in parse.get("entities") or []
        ],
    }


async def parse_all(model_path: str, texts: list[str]) -> list[dict[str, Any]]:
    """Parse every text with the model (NLU only; no dialogue, no action server)."""
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)
    return [summarise(await agent.parse_message(text)) for text in texts]


def main() -> int:
    """Train, parse, write."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="pipeline to train")
    parser.add_argument("--nlu", help="NLU training data")
    parser.add_argument("--model", help="an already trained model: parse only")
    parser.add_argument("--out", required=True)
    parser.add_argument("--texts", required=True)
    args = parser.parse_args()
    if not args.model and not (args.config and args.nlu):
        parser.error("give --model, or --config and --nlu")

    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # INFO at most: at DEBUG Rasa logs every parsed text.
    configure_logging_and_warnings(logging.INFO)
    configure_structlog(logging.INFO)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    texts = json.loads(Path(args.texts).read_text(encoding="utf-8"))
    train_seconds = None
    model = args.model
    if not model:
        from rasa.model_training import train_nlu

        started = time.monotonic()
        model = train_nlu(config=args.config, nlu_data=args.nlu, output=str(out), fixed_model_name="nlu")
        train_seconds = time.monotonic() - started
        if not model:
            raise SystemExit("NLU training produced no model")
    started = time.monotonic()
    parses = asyncio.run(parse_all(str(model), texts))
    parse_seconds = time.monotonic() - started
    result = {"train_seconds": train_seconds, "parse_seconds": parse_seconds, "parses": parses}
    (out / "parses.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
