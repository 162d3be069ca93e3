#!/usr/bin/env python3
"""Check the sales language-model corpus in models/lm/corpus/.

Reports, and exits non-zero on, any of:
  - words missing from the CMU dictionary and from models/lm/sales.dict (out-of-dictionary words);
  - characters other than ASCII letters, spaces, apostrophes and the punctuation . , ? ! ; : (so no digits,
    no symbols such as % or $, no hyphens);
  - English keyword terms of models/lexicon/business-keywords.json heard fewer than MIN_HITS times, counted
    the way the analyzer counts them (whole words, case-insensitive, longest term wins where terms overlap);
    a term that is only a spelling variant of another term (SPELLING_VARIANTS) is exempt;
  - words spelled the variant way (such as "licence" or "licences"): the recognizer's dictionary is US English,
    so the corpus spells each such word one way, the preferred one;
  - lines copied verbatim from the benchmark's tune dialogues (the test split is never read).

Usage: python3 models/lm/check-corpus.py [--dict PATH] [--verbose]
"""
import argparse
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
CORPUS = HERE / "corpus"
SALES_DICT = HERE / "sales.dict"
KEYWORDS = REPO / "models" / "lexicon" / "business-keywords.json"
TUNE = REPO / "models" / "benchmark" / "sales-calls" / "tune"
DEFAULT_DICT = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict"
MIN_HITS = 10
# Keyword terms that are only another spelling of a term in the same concept, mapped to the spelling the corpus
# uses. The analyzer still matches both in transcripts; the corpus spells the US way, like the recognizer's
# dictionary, so the variant is exempt from MIN_HITS and any word spelled with it is reported.
SPELLING_VARIANTS = {"licence": "license"}

ALLOWED = re.compile(r"^[A-Za-z' .,?!;:]*$")
PUNCT = re.compile(r"[.,?!;:]")


def load_dict(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if parts:
                words.add(re.sub(r"\(\d+\)$", "", parts[0]).lower())
    return words


def words_of(line):
    for token in PUNCT.sub(" ", line).lower().split():
        token = token.strip("'") if token not in ("'cause", "'bout", "'course") else token
        if token:
            yield token


def normalise(line):
    return " ".join(words_of(line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dict", default=DEFAULT_DICT)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    vocab = load_dict(args.dict)
    extra = load_dict(SALES_DICT) if SALES_DICT.exists() else set()
    files = sorted(CORPUS.glob("*.txt"))
    problems = 0

    oov = Counter()
    oov_where = {}
    lines_all = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="ascii").splitlines(), 1):
            if not line.strip():
                print(f"{path.name}:{n}: empty line")
                problems += 1
                continue
            if not ALLOWED.match(line):
                bad = "".join(sorted(set(c for c in line if not ALLOWED.match(c))))
                print(f"{path.name}:{n}: characters not allowed {bad!r}: {line}")
                problems += 1
            lines_all.append((path.name, n, line))
            for w in words_of(line):
                if w not in vocab and w not in extra:
                    oov[w] += 1
                    oov_where.setdefault(w, f"{path.name}:{n}")

    print(f"files: {len(files)}, lines: {len(lines_all)}, words: {sum(len(list(words_of(l))) for _, _, l in lines_all)}")
    used_extra = sorted({w for _, _, l in lines_all for w in words_of(l) if w not in vocab and w in extra})
    print(f"words taken from sales.dict: {len(used_extra)} {used_extra}")
    print(f"out-of-dictionary words: {len(oov)}")
    for w, c in oov.most_common():
        print(f"  {w} x{c} (first at {oov_where[w]})")
    problems += len(oov)

    # Duplicate lines inside the corpus (warn only: short turns such as "Sure." may repeat).
    dup = Counter(normalise(l) for _, _, l in lines_all)
    repeated = {k: v for k, v in dup.items() if v > 1}
    if repeated:
        print(f"repeated lines (warning): {len(repeated)}")
        if args.verbose:
            for k, v in sorted(repeated.items()):
                print(f"  x{v} {k}")

    # Verbatim overlap with the tune dialogues.
    tune_lines = set()
    for p in sorted(TUNE.glob("*.dialogue")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if ":" in line and not line.startswith(("#", "voices:")):
                tune_lines.add(normalise(line.split(":", 1)[1]))
    copied = [(f, n, l) for f, n, l in lines_all if normalise(l) in tune_lines]
    print(f"lines identical to a tune dialogue line: {len(copied)}")
    for f, n, l in copied:
        print(f"  {f}:{n}: {l}")
    problems += len(copied)

    # One spelling only: "licence", "licences", "licenced" are written "license", "licenses", "licensed".
    variants = [(f, n, l, w) for f, n, l in lines_all for w in words_of(l)
                if any(w.startswith(v) for v in SPELLING_VARIANTS)]
    print(f"words in a variant spelling: {len(variants)}")
    for f, n, l, w in variants:
        preferred = next(SPELLING_VARIANTS[v] + w[len(v):] for v in SPELLING_VARIANTS if w.startswith(v))
        print(f"  {f}:{n}: {w} (write {preferred}): {l}")
    problems += len(variants)

    # Keyword coverage, counted like CallCoach.Analyze.Keywords.KeywordMatcher.
    lexicon = json.loads(KEYWORDS.read_text(encoding="utf-8"))
    terms = [t for c in lexicon["concepts"] for t in c["terms"] if re.fullmatch(r"[A-Za-z ]+", t)]
    patterns = [(t, re.compile(r"(?<![A-Za-z0-9])" + r"\s+".join(map(re.escape, t.split())) + r"(?![A-Za-z0-9])",
                               re.IGNORECASE)) for t in terms]
    hits = Counter()
    for _, _, line in lines_all:
        cands = sorted(((t, m.start(), m.end()) for t, p in patterns for m in p.finditer(line)),
                       key=lambda c: (-(c[2] - c[1]), c[1]))
        taken = []
        for t, s, e in cands:
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
                hits[t] += 1
    exempt = [t for t in terms if t.lower() in SPELLING_VARIANTS]
    low = [t for t in terms if hits[t] < MIN_HITS and t not in exempt]
    print(f"keyword terms: {len(terms)}, below {MIN_HITS} hits: {len(low)}, exempt spelling variants: {len(exempt)}")
    for t in terms:
        if t in exempt:
            if args.verbose:
                print(f"  {t}: {hits[t]} (spelling variant of {SPELLING_VARIANTS[t.lower()]}, exempt)")
        elif args.verbose or hits[t] < MIN_HITS:
            print(f"  {t}: {hits[t]}")
    problems += len(low)

    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
