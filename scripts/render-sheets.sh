#!/usr/bin/env bash
# Renders a workbook the way it prints: every sheet to PDF with LibreOffice (page setup honoured:
# A4 landscape, one page wide, repeated header rows), then each PDF page to PNG with pdftoppm.
#   scripts/render-sheets.sh BOOK.xlsx OUT_DIR [DPI]
# Needs: libreoffice-calc (soffice), poppler-utils (pdftoppm), a CJK font (fonts-noto-cjk or fonts-wqy-microhei).
set -euo pipefail
book="${1:?usage: render-sheets.sh BOOK.xlsx OUT_DIR [DPI]}"
out="${2:?usage: render-sheets.sh BOOK.xlsx OUT_DIR [DPI]}"
dpi="${3:-110}"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 2; }
fc-list :lang=zh | grep -q . || echo "warning: no CJK font installed (apt-get install fonts-noto-cjk); Chinese text will not render" >&2
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
name="$(basename "${book%.*}")"
# A private LibreOffice profile: no clash with a running instance, no user settings leaking in.
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$book" >/dev/null
pdftoppm -r "$dpi" -png "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
