#!/usr/bin/env bash
# Installs the Debian packages CallCoach needs, only those missing, so running it again costs nothing.
#   scripts/setup.sh          what the service needs (the embedded PocketSphinx recognizer and its en-us model,
#                             and the OpenMP runtime that Whisper.net's native libraries link against)
#   scripts/setup.sh --test   also what the tests need: flite voices and sox with MP3 to synthesise calls,
#                             the LibriVox clips of pocketsphinx-testdata for the ASR benchmark, and headless
#                             Chromium with its driver for the web pages' browser tests, and PostgreSQL's server
#                             binaries, from which the tests start throwaway clusters of their own (the package's
#                             own cluster and service are not used)
set -euo pipefail

packages=(libpocketsphinx3 pocketsphinx-en-us libgomp1)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(flite sox libsox-fmt-mp3 pocketsphinx-testdata chromium chromium-driver postgresql)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
  echo "Installing ${missing[*]} ..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net" >&2; exit 1; }
