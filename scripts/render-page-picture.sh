#!/usr/bin/env bash
# A workbook printed by LibreOffice, the first page whose text holds a phrase, as PNG: the README's
# pictures of generated sheets (scripts/render-charts-picture.sh, scripts/render-details-picture.sh).
#   scripts/render-page-picture.sh WORKBOOK.xlsx PHRASE OUT.png [DPI]
set -euo pipefail
workbook="$1"; phrase="$2"; out="$3"; dpi="${4:-90}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work" "$workbook" >/dev/null
pdf="$work/$(basename "${workbook%.*}").pdf"
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
for p in $(seq 1 "$pages"); do
  if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "$phrase"; then
    pdftoppm -r "$dpi" -f "$p" -l "$p" -png -singlefile "$pdf" "${out%.png}"
    echo "$out"
    exit 0
  fi
done
echo "no page of $workbook shows 「$phrase」" >&2
exit 1
