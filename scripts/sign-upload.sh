#!/usr/bin/env bash
# Uploads a recording or transcript to CallCoach as a signed request (docs/decisions/018-signed-ingestion-and-hostile-input.md).
#   CALLCOACH_API_KEY=cc_... CALLCOACH_SIGNING_SECRET=... scripts/sign-upload.sh URL SOURCE FILE [METADATA_JSON]
#   e.g. scripts/sign-upload.sh http://localhost:5000/api/calls teams call.wav '{"repId":"r7"}'
# The key (role ingest or admin, `callcoach keys create --role ingest`) says who may upload; the signature proves
# the body came from the source that holds the secret and was not replayed.
# The body is built first, because the signature covers its exact bytes: HMAC-SHA256 with the source's secret
# over "<unix seconds>." followed by the body, sent as X-CallCoach-Signature: sha256=<lowercase hex>.
set -euo pipefail
if (($# < 3)) || [[ -z "${CALLCOACH_SIGNING_SECRET:-}" || -z "${CALLCOACH_API_KEY:-}" ]]; then
  echo "usage: CALLCOACH_API_KEY=cc_... CALLCOACH_SIGNING_SECRET=... $0 URL SOURCE FILE [METADATA_JSON]" >&2
  exit 2
fi
url=$1 source=$2 file=$3 metadata=${4:-}

body=$(mktemp)
trap 'rm -f "$body"' EXIT
boundary="callcoach-$(openssl rand -hex 12)"
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\nContent-Type: application/octet-stream\r\n\r\n' \
    "$boundary" "$(basename "$file")"
  cat "$file"
  if [[ -n "$metadata" ]]; then
    printf -- '\r\n--%s\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n%s' "$boundary" "$metadata"
  fi
  printf -- '\r\n--%s--\r\n' "$boundary"
} > "$body"

timestamp=$(date +%s)
signature=$({ printf '%s.' "$timestamp"; cat "$body"; } | openssl dgst -sha256 -hmac "$CALLCOACH_SIGNING_SECRET" | awk '{print $NF}')

curl --silent --show-error \
  -H "Content-Type: multipart/form-data; boundary=$boundary" \
  -H "X-Api-Key: $CALLCOACH_API_KEY" \
  -H "X-CallCoach-Source: $source" \
  -H "X-CallCoach-Timestamp: $timestamp" \
  -H "X-CallCoach-Signature: sha256=$signature" \
  --data-binary "@$body" \
  --write-out '\nHTTP %{http_code}\n' \
  "$url"
