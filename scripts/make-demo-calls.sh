#!/usr/bin/env bash
# Builds the demo organisation's calls (models/demo/README.md) from models/demo/dialogues/*.dialogue:
#   a dialogue with a `voices:` line  -> models/demo/<name>.mp3: stereo, rep on the left, customer on the right,
#                                        flite voices, 16 kHz, 48 kbps MP3 (sox with libsox-fmt-mp3)
#   a dialogue with a `names:` line   -> models/demo/<name>.vtt: a WebVTT transcript, `<v Name>` voices, each cue
#                                        as long as its words take at a steady pace (`rep fast:` speaks 1.6x faster)
# The results are committed; run this again only after editing a dialogue.
# Usage: scripts/make-demo-calls.sh [OUT]   (default models/demo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
out="${1:-models/demo}"
pause=0.7           # seconds between turns, as in the benchmark calls
words_per_second=2.6  # English: 156 words a minute
chars_per_second=4.2  # Chinese: 252 characters a minute
export LC_ALL=C.UTF-8
mkdir -p "$out"

timestamp() { awk -v t="$1" 'BEGIN { printf "%02d:%02d:%06.3f", int(t / 3600), int(t % 3600 / 60), t - 60 * int(t / 60) }'; }

# Seconds a typed turn takes: Han characters at the Chinese pace, other words at the English one.
seconds_for() {
  local han words
  han="$(grep -oP '\p{Han}' <<< "$1" | wc -l || true)"
  words="$(grep -oP "[A-Za-z0-9']+" <<< "$1" | wc -l || true)"
  awk -v h="$han" -v w="$words" -v cps="$chars_per_second" -v wps="$words_per_second" -v s="$2" \
    'BEGIN { d = (h / cps + w / wps) / s; if (d < 1.5) d = 1.5; printf "%.3f", d }'
}

for dialogue in models/demo/dialogues/*.dialogue; do
  name="$(basename "$dialogue" .dialogue)"
  voices="$(grep -m1 '^voices:' "$dialogue" || true)"
  names="$(grep -m1 '^names:' "$dialogue" || true)"
  turns="$(grep -E '^(rep|rep fast|customer):' "$dialogue")"
  if [[ -n "$voices" ]]; then
    read -r rep_voice customer_voice <<< "${voices#voices:}"
    work="$(mktemp -d)"
    left=() right=() n=0
    while IFS= read -r line; do
      party="${line%%:*}" text="${line#*:}"
      voice="$customer_voice"
      if [[ "$party" == rep* ]]; then voice="$rep_voice"; fi
      flite -voice "$voice" -t "${text# }" -o "$work/raw$n.wav"
      sox -D "$work/raw$n.wav" -r 16000 -c 1 -b 16 "$work/turn$n.wav" pad 0 "$pause"
      sox -D "$work/turn$n.wav" "$work/quiet$n.wav" vol 0
      if [[ "$party" == rep* ]]; then left+=("$work/turn$n.wav"); right+=("$work/quiet$n.wav")
      else left+=("$work/quiet$n.wav"); right+=("$work/turn$n.wav"); fi
      n=$((n + 1))
    done <<< "$turns"
    sox -D "${left[@]}" "$work/left.wav"
    sox -D "${right[@]}" "$work/right.wav"
    sox -D -M "$work/left.wav" "$work/right.wav" -C 48.2 "$out/$name.mp3"
    echo "$out/$name.mp3: $(soxi -D "$work/left.wav") s, $(stat -c %s "$out/$name.mp3") bytes"
    rm -rf "$work"
  elif [[ -n "$names" ]]; then
    IFS='|' read -r rep_name customer_name <<< "${names#names:}"
    rep_name="$(xargs <<< "$rep_name")" customer_name="$(xargs <<< "$customer_name")"
    clock=1
    {
      echo "WEBVTT"
      while IFS= read -r line; do
        party="${line%%:*}" text="${line#*:}" text="${text# }"
        speaker="$customer_name" speed=1
        if [[ "$party" == rep* ]]; then speaker="$rep_name"; fi
        if [[ "$party" == "rep fast" ]]; then speed=1.6; fi
        end="$(awk -v c="$clock" -v d="$(seconds_for "$text" "$speed")" 'BEGIN { printf "%.3f", c + d }')"
        printf '\n%s --> %s\n<v %s>%s\n' "$(timestamp "$clock")" "$(timestamp "$end")" "$speaker" "$text"
        clock="$(awk -v e="$end" -v p="$pause" 'BEGIN { printf "%.3f", e + p }')"
      done <<< "$turns"
    } > "$out/$name.vtt"
    echo "$out/$name.vtt: $(timestamp "$end")"
  else
    echo "$dialogue: needs a 'voices:' (audio) or 'names:' (transcript) line" >&2
    exit 1
  fi
done
