#!/bin/bash
# The corpus in the other forms its documents circulate in, each with the original's answers, for
# a corpus run (`CORPUS_OUT=out/derived-report node scripts/corpus.mjs out/derived`):
#   DOCX → PDF, .doc, HTML, text and RTF; .doc → PDF, DOCX and RTF; RTF → PDF and DOCX (LibreOffice,
#   `soffice --convert-to`); a portal's HTML → PDF as Chromium prints it; a text PDF →
#   `pdftotext -layout`, and `pdftotext` without it (text as a PDF reader's copy gives it).
# Usage: bash scripts/derived-forms.sh [OUT] (default out/derived). Needs soffice, chromium, pdftotext.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/out/derived}")
mkdir -p "$out"
cd "$root/tests/corpus"

# office FILE TARGET NAME: convert into $out/NAME, with the answers beside it.
office() {
  local tmp
  tmp=$(mktemp -d)
  timeout 120 soffice --headless --convert-to "$2" --outdir "$tmp" "$1" >/dev/null 2>&1
  local made=("$tmp"/*)
  if [ -f "${made[0]}" ]; then mv "${made[0]}" "$out/$3" && cp "$1.expected.json" "$out/$3.expected.json"
  else echo "derived-forms: $1 could not be converted to $2" >&2; fi
  rm -rf "$tmp"
}

for answers in *.expected.json; do
  doc=${answers%.expected.json}
  ext=${doc##*.}
  base=${doc%.*}
  case $ext in
    docx)
      office "$doc" pdf "${base}__from-docx.pdf"
      office "$doc" doc "${base}__from-docx.doc"
      office "$doc" html "${base}__from-docx.html"
      office "$doc" "txt:Text (encoded):UTF8" "${base}__from-docx.txt"
      office "$doc" rtf "${base}__from-docx.rtf" ;;
    doc | rtf)
      office "$doc" pdf "${base}__from-${ext}.pdf"
      office "$doc" docx "${base}__from-${ext}.docx"
      [ "$ext" = rtf ] || office "$doc" rtf "${base}__from-doc.rtf" ;;
    html)
      timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/${base}__chromium-print.pdf" "file://$PWD/$doc" >/dev/null 2>&1 &&
        cp "$answers" "$out/${base}__chromium-print.pdf.expected.json" ;;
    pdf)
      [[ $doc == *scan* ]] ||
        { pdftotext -layout "$doc" "$out/${base}__pdftotext.txt" && cp "$answers" "$out/${base}__pdftotext.txt.expected.json"; }
      [[ $doc == *scan* || $doc == *ban-ky* ]] ||
        { pdftotext "$doc" "$out/${base}__pdftotext-raw.txt" && cp "$answers" "$out/${base}__pdftotext-raw.txt.expected.json"; } ;;
  esac
done
echo "derived-forms: $(ls "$out" | grep -vc '\.expected\.json$') files in $out"
