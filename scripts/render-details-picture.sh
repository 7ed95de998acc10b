#!/usr/bin/env bash
# The README's picture of the 明细 sheet: summarize --details on the bundled sample, printed by
# LibreOffice, the first 明细 page (its header row holds 统计范围) as PNG.
#   scripts/render-details-picture.sh [OUT.png]   (default docs/details.png; run npm run build:cli first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/details.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$root/bin/anbiao.js" summarize "$root/assets/samples/suzhou-roster.xlsx" --profile suzhou-2022 --as-of 2022-10-01 --year 2022 --details -o "$work/summary.xlsx" >/dev/null
"$root/scripts/render-page-picture.sh" "$work/summary.xlsx" "统计范围" "$out" 80
