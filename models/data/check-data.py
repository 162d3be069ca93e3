#!/usr/bin/env python3
"""Checks the classifier data: header, labels, per-label counts per language, duplicates within and across splits."""
import re
import sys
from pathlib import Path

LABELS = {
    "objection": ["price", "budget", "timing", "authority", "need", "competitor", "trust", "terms", "none"],
    "act": ["discovery_question", "budget_question", "decision_question", "success_case", "roi", "next_step", "other"],
}
MINIMUM = {"": 80, "test": 20, "external": 15}
root = Path(__file__).resolve().parent
problems = []
seen = {}


def key(text):
    return re.sub(r"[\W_]+", "", text.lower())


for split in ["", "test", "external"]:
    for model, labels in LABELS.items():
        for language in ["en", "zh"]:
            path = root / split / f"{model}.{language}.tsv"
            if not path.exists():
                problems.append(f"{path}: missing")
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if lines[0] != "text\tlabel":
                problems.append(f"{path}:1: header must be 'text<TAB>label'")
            counts = dict.fromkeys(labels, 0)
            for number, line in enumerate(lines[1:], start=2):
                columns = line.split("\t")
                if len(columns) != 2 or columns[1] not in labels:
                    problems.append(f"{path}:{number}: expected text<TAB>one of {labels}")
                    continue
                counts[columns[1]] += 1
                k = (model, key(columns[0]))
                if k in seen:
                    problems.append(f"{path}:{number}: duplicates {seen[k]}")
                seen.setdefault(k, f"{path.relative_to(root)}:{number}")
            low = {label: n for label, n in counts.items() if n < MINIMUM[split]}
            if low:
                problems.append(f"{path}: fewer than {MINIMUM[split]} examples of {low}")
            print(f"{str(path.relative_to(root)):28} {sum(counts.values()):5} lines, {min(counts.values())}–{max(counts.values())} a label")

for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
