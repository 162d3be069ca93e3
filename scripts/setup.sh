#!/usr/bin/env bash
# Installs the Debian packages CallCoach needs, only those missing, so running it again costs nothing.
#   scripts/setup.sh          what the service needs (the embedded PocketSphinx recognizer and its en-us model,
#                             and the OpenMP runtime that Whisper.net's native libraries link against)
#   scripts/setup.sh --test   also what the tests need: flite voices and sox with MP3 to synthesise calls,
#                             the LibriVox clips of pocketsphinx-testdata for the ASR benchmark, and headless
#                             Chromium with its driver for the web pages' browser tests, PostgreSQL's server
#                             binaries, from which the tests start throwaway clusters of their own (the package's
#                             own cluster and service are not used), and Azurite, the Azure Storage emulator the blob
#                             and queue tests run against, into .tools/azurite (git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libpocketsphinx3 pocketsphinx-en-us libgomp1)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(flite sox libsox-fmt-mp3 pocketsphinx-testdata chromium chromium-driver postgresql)
  # Node.js and npm for Azurite; a machine that already has them (Debian's or another build) keeps its own.
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
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

if [[ "${1:-}" == "--test" ]]; then
  # Azurite 3.35.0 is the last release that runs on Node 20 (3.37 needs Node 22). Installed into the checkout, not
  # globally, and only when that exact version is not already there.
  azurite_version=3.35.0
  azurite=.tools/azurite
  installed=$(node -p "require('./$azurite/node_modules/azurite/package.json').version" 2>/dev/null || true)
  if [[ "$installed" != "$azurite_version" ]]; then
    echo "Installing azurite $azurite_version into $azurite ..."
    mkdir -p "$azurite"
    npm install --prefix "$azurite" "azurite@$azurite_version" --no-audit --no-fund --loglevel=error >/dev/null
  fi
fi
