"""``goalsmith train`` and ``goalsmith evaluate``: the trained pipeline and its scores."""

from __future__ import annotations

from pathlib import Path

import typer

from goalsmith.cli.app import app
from goalsmith.cli.common import fail

DEFAULT_MODEL_DIR = Path("models") / "goalsmith_parts"


@app.command(
    "train",
    epilog="Examples:\n\n"
    "  goalsmith train                       # full training, about 10-25 minutes on 2 cores\n\n"
    "  goalsmith train --smoke --output /tmp/m  # seconds: proves the command and config\n",
)
def train_command(
    output: Path = typer.Option(DEFAULT_MODEL_DIR, "--output", "-o",
                                help="Where to write the trained pipeline."),
    smoke: bool = typer.Option(False, "--smoke", help="Tiny subset, a few steps."),
    max_steps: int = typer.Option(None, "--max-steps", help="Override the config's steps."),
    seed: int = typer.Option(0, "--seed", help="Random seed."),
    policy_only: bool = typer.Option(False, "--policy-only",
                                     help="Keep the trained model; only measure again, on the "
                                          "dev split, which parts it should decide."),
) -> None:
    """Train goalsmith's small pipeline (parts tagger + goal/not-goal) on corpus/'s train split.

    Afterwards the dev split decides, label by label, whether the product uses the
    rules, the model, or both (written to goalsmith.json beside the model).
    """
    from goalsmith.corpus import load_corpus
    from goalsmith.evaluate import choose_policy, predict
    from goalsmith.training import train, write_policy

    train_items, dev_items = load_corpus("train"), load_corpus("dev")
    if not train_items or not dev_items:
        fail("the corpus has no train or dev items: run `python -m goalsmith.corpus build`")
    if policy_only:
        if not (output / "meta.json").is_file():
            fail(f"no trained pipeline in {output}: train one first")
        path = output
    else:
        path = train(output, train_items, dev_items, smoke=smoke, max_steps=max_steps,
                     seed=seed)
        typer.echo(f"trained pipeline written to {path}")
    policy = choose_policy(predict(dev_items, path))
    write_policy(path, policy)
    typer.echo("policy (measured on the dev split): "
               + ", ".join(f"{label} {choice}" for label, choice in policy.items()))


@app.command(
    "evaluate",
    epilog="Example:\n\n  goalsmith evaluate --output models/goalsmith_parts/evaluation.md",
)
def evaluate_command(
    split: str = typer.Option("test", "--split", help="Corpus split to score: test or dev."),
    output: Path = typer.Option(None, "--output", "-o", help="Also write the tables here."),
    model: Path = typer.Option(None, "--model", help="Trained pipeline to score "
                               "(default: the one the package ships)."),
    lint_docs: Path = typer.Option(None, "--lint-docs", file_okay=False,
                                   help="Also score `goalsmith lint` on labelled planning "
                                        "documents (a folder with labels.jsonl)."),
    lint_split: str = typer.Option("test", "--lint-split",
                                   help="Which half of the documents: test, dev or all."),
) -> None:
    """Score rules, model and their combination on the corpus's held-out split."""
    from goalsmith.evaluate import evaluation_report, lint_report

    if split not in ("test", "dev"):
        fail("--split must be test or dev")
    if lint_split not in ("test", "dev", "all"):
        fail("--lint-split must be test, dev or all")
    report = evaluation_report(split, model)
    if lint_docs is not None:
        if not (lint_docs / "labels.jsonl").is_file():
            fail(f"no labels.jsonl in {lint_docs}")
        report += "\n\n" + lint_report(lint_docs, None if lint_split == "all" else lint_split)
    typer.echo(report)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(report + "\n", encoding="utf-8")
        typer.echo(f"written to {output}", err=True)
