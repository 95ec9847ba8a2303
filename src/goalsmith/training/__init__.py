"""Training goalsmith's own small pipeline from ``corpus/`` (``goalsmith train``).

The corpus's train split becomes spaCy DocBins (entities for the open-ended parts,
categories for goal / not-goal), the dev split steers training, and the test split
is left for ``goalsmith evaluate``. The config lives beside this module.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from goalsmith.pipeline.model import OUTSIDE_TAG

MODEL_LABELS = ("ACTOR", "METRIC", "SCOPE", "ACTION")
GOAL, NOT_GOAL = "GOAL", "NOT_GOAL"

CONFIG_NAME = "parts.cfg"
MODEL_NAME = "goalsmith_parts"
# A smoke run proves the command and the config work, in seconds.
SMOKE_ITEMS = 60
SMOKE_STEPS = 20


def config_path() -> Path:
    return Path(str(resources.files(__package__).joinpath(CONFIG_NAME)))


def to_docbin(items: Iterable[Any], path: Path) -> int:
    """Write corpus items as a DocBin of entities and goal/not-goal categories."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("en")
    db = DocBin()
    count = 0
    for item in items:
        doc = nlp.make_doc(item.text)
        spans = []
        for s in item.spans:
            if s.label in MODEL_LABELS:
                span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        for token in doc:
            token.tag_ = OUTSIDE_TAG
        for span in filter_spans(spans):
            for token in span:
                token.tag_ = ("B-" if token.i == span.start else "I-") + span.label_
        doc.cats = {GOAL: float(item.goal), NOT_GOAL: float(not item.goal)}
        db.add(doc)
        count += 1
    db.to_disk(path)
    return count


def train(output: Path, items_train: Sequence[Any], items_dev: Sequence[Any],
          smoke: bool = False, max_steps: int | None = None, seed: int = 0) -> Path:
    """Train the pipeline; returns the folder of the best model, copied to ``output``."""
    from goalsmith import _spacy_cli

    _spacy_cli.real()  # the whole of spacy.cli, as spaCy's own train command has it
    from spacy.cli.train import train as spacy_train

    if smoke:
        items_train, items_dev = items_train[:SMOKE_ITEMS], items_dev[:SMOKE_ITEMS // 2]
    overrides: dict[str, Any] = {"system.seed": seed}
    if smoke:
        overrides.update({"training.max_steps": SMOKE_STEPS, "training.eval_frequency": 10})
    elif max_steps is not None:
        overrides["training.max_steps"] = max_steps
    with tempfile.TemporaryDirectory(prefix="goalsmith-train-") as tmp:
        work = Path(tmp)
        to_docbin(items_train, work / "train.spacy")
        to_docbin(items_dev, work / "dev.spacy")
        overrides.update({"paths.train": str(work / "train.spacy"),
                          "paths.dev": str(work / "dev.spacy")})
        spacy_train(config_path(), work / "out", overrides=overrides, use_gpu=-1)
        best = work / "out" / "model-best"
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    _trim(output)
    return output


def write_policy(model_dir: Path, policy: dict[str, str]) -> None:
    """Store which parts the product takes from the model (see pipeline/model.py)."""
    from goalsmith.pipeline.model import POLICY_FILE

    data = {"policy": policy,
            "chosen_on": "corpus dev split, per label: never worse than the rules alone "
                         "(overlap F1, exact-span F1, any verdict), then overlap F1, then "
                         "exact-span F1"}
    (model_dir / POLICY_FILE).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n",
                                         encoding="utf-8")


def _trim(model_dir: Path) -> None:
    # The meta keeps the scores; the copied training config would name temp paths.
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": "parts", "license": "MIT",
                 "author": "The goalsmith team",
                 "description": "goalsmith goal parts (ACTOR, METRIC, SCOPE, ACTION) and "
                                "goal / not-goal, trained on corpus/ (train split)."})
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
