#!/usr/bin/env bash
# The README's picture of the 图表 sheet: summarize --progress on the planted-dates roster
# (scripts/samples/progress-roster.ts), printed by LibreOffice, the page with the progress chart as PNG.
#   scripts/render-charts-picture.sh [OUT.png]   (default docs/charts-progress.png; run npm run build:cli first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/charts-progress.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npx tsx "$root/scripts/samples/progress-roster.ts" "$work/台账.xlsx"
node "$root/bin/anbiao.js" summarize "$work/台账.xlsx" --profile suzhou-2022 --as-of 2024-06-30 --progress 2021,2022,2023,2024 -o "$work/summary.xlsx" >/dev/null
"$root/scripts/render-page-picture.sh" "$work/summary.xlsx" "全市历年进展与年度目标" "$out" 90
