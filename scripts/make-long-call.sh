#!/usr/bin/env bash
# Builds one long stereo call for the memory benchmark by playing the generated test-split calls back to back:
#   OUT/long-<MINUTES>min.wav with .rep.txt and .customer.txt beside it.
# Usage: scripts/make-long-call.sh MINUTES [BENCH] [OUT]   (defaults: data/bench, data/bench/long-MINUTES)
# Needs the benchmark set first: scripts/make-bench-set.sh
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:?usage: scripts/make-long-call.sh MINUTES [BENCH] [OUT]}"
bench="${2:-data/bench}"
out="${3:-$bench/long-$minutes}"
mkdir -p "$out"
name="$out/long-${minutes}min"
calls=("$bench"/test/*.wav)
[[ -e "${calls[0]}" ]] || { echo "no calls in $bench/test; run scripts/make-bench-set.sh first" >&2; exit 1; }

parts=() total=0 target=$((minutes * 60))
: > "$name.rep.txt"
: > "$name.customer.txt"
while (( total < target )); do
  for call in "${calls[@]}"; do
    (( total >= target )) && break
    parts+=("$call")
    cat "${call%.wav}.rep.txt" >> "$name.rep.txt"
    cat "${call%.wav}.customer.txt" >> "$name.customer.txt"
    total=$((total + $(soxi -D "$call" | cut -d. -f1)))
  done
done
sox "${parts[@]}" "$name.wav"
echo "Wrote $name.wav ($(soxi -d "$name.wav"), ${#parts[@]} calls)"
