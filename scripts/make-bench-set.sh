#!/usr/bin/env bash
# Builds the synthetic sales-call benchmark from models/benchmark/sales-calls/{tune,test}/*.dialogue:
#   OUT/<split>/<name>.wav                      stereo call, rep on the left, customer on the right
#   OUT/<split>/<name>.rep.txt, .customer.txt   what each speaker said
#   OUT/<split>-mono/<name>.wav, <name>.txt     the same call mixed to one channel, and its whole text
#   OUT/<split>-mono/<name>.rep.txt, .customer.txt   what each speaker said, for speaker-attributed WER on mono
#   OUT/<split>-mono/<name>.rttm                who spoke when (rep|customer), for the diarization error rate
# Then: artifacts/callcoach/callcoach bench asr OUT/test
# Usage: scripts/make-bench-set.sh [OUT]   (default data/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
out="${1:-data/bench}"
pause="${PAUSE:-0.7}"   # seconds after each turn; PAUSE=0.2 makes turns follow each other closely

for split in tune test; do
  mkdir -p "$out/$split" "$out/$split-mono"
  for dialogue in models/benchmark/sales-calls/"$split"/*.dialogue; do
    name="$(basename "$dialogue" .dialogue)"
    work="$(mktemp -d)"
    rep_voice=slt customer_voice=rms
    left=() right=() n=0 clock=0
    : > "$out/$split/$name.rep.txt"
    : > "$out/$split/$name.customer.txt"
    : > "$out/$split-mono/$name.txt"
    : > "$out/$split-mono/$name.rttm"
    while IFS= read -r line || [[ -n "$line" ]]; do
      case "$line" in
        ""|"#"*) continue ;;
        voices:*) read -r rep_voice customer_voice <<< "${line#voices:}"; continue ;;
        rep:*) party=rep voice="$rep_voice" text="${line#rep:}" ;;
        customer:*) party=customer voice="$customer_voice" text="${line#customer:}" ;;
        *) echo "$dialogue: cannot read line: $line" >&2; exit 1 ;;
      esac
      text="${text# }"
      flite -voice "$voice" -t "$text" -o "$work/raw$n.wav"
      sox "$work/raw$n.wav" -r 16000 -c 1 -b 16 "$work/turn$n.wav" pad 0 "$pause"
      sox "$work/turn$n.wav" "$work/quiet$n.wav" vol 0
      if [[ "$party" == rep ]]; then left+=("$work/turn$n.wav"); right+=("$work/quiet$n.wav")
      else left+=("$work/quiet$n.wav"); right+=("$work/turn$n.wav"); fi
      echo "$text" >> "$out/$split/$name.$party.txt"
      echo "$text" >> "$out/$split-mono/$name.txt"
      # The turn is flite's whole output (its own short edge silences included); the pause after it is nobody's.
      spoken="$(soxi -D "$work/raw$n.wav")"
      awk -v f="$name" -v s="$clock" -v d="$spoken" -v p="$party" \
        'BEGIN { printf "SPEAKER %s 1 %.3f %.3f <NA> <NA> %s <NA> <NA>\n", f, s, d, p }' >> "$out/$split-mono/$name.rttm"
      clock="$(awk -v c="$clock" -v t="$(soxi -D "$work/turn$n.wav")" 'BEGIN { printf "%.6f", c + t }')"
      n=$((n + 1))
    done < "$dialogue"
    cp "$out/$split/$name.rep.txt" "$out/$split/$name.customer.txt" "$out/$split-mono/"
    sox "${left[@]}" "$work/left.wav"
    sox "${right[@]}" "$work/right.wav"
    sox -M "$work/left.wav" "$work/right.wav" "$out/$split/$name.wav"
    sox -m "$work/left.wav" "$work/right.wav" "$out/$split-mono/$name.wav"
    rm -rf "$work"
  done
done
echo "Benchmark set written to $out ($(ls "$out"/test/*.wav | wc -l) test calls, $(ls "$out"/tune/*.wav | wc -l) tuning calls)"
