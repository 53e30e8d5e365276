#!/usr/bin/env bash
# Regenerates the committed reader fixtures (fixtures/read/<format>/<case>/input.*)
# and the seeds in other formats (fixtures/read/seeds/) with real tools:
# pandoc, LibreOffice (soffice) and Python's email package. CI does not run
# this; it reads the committed files. Needs: apt-get install -y
# --no-install-recommends libreoffice-writer pandoc; python3.
# Then run `UPDATE_FIXTURES=1 npx vitest run test/read/formats.test.ts` and review the diff.
set -euo pipefail
cd "$(dirname "$0")/../fixtures/read"
src="$PWD/src"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
office() { soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to "$@" >/dev/null 2>&1; }
put() { mkdir -p "$(dirname "$2")"; cp "$1" "$2"; }

# Word and ODT from Markdown through pandoc: headings, bold question lines, lists, a `Proposal 3:` statement.
pandoc "$src/structured.md" -o "$tmp/structured.docx"
pandoc "$src/structured.md" -o "$tmp/structured.odt"
pandoc "$src/bold-questions.md" -o "$tmp/bold-questions.docx"
pandoc "$src/bold-questions.md" -o "$tmp/bold-questions.odt"
pandoc "$src/principles.md" -o "$tmp/principles.docx"
pandoc "$src/principles.md" -o "$tmp/principles.odt"
pandoc -s --metadata title="Draft principles" "$src/principles.md" -o "$tmp/principles.html"
put "$tmp/principles.docx" docx/quoted-principles/input.docx
put "$tmp/principles.odt" odt/quoted-principles/input.odt
put "$tmp/principles.html" html/quoted-principles/input.html
put "$tmp/structured.docx" docx/structured/input.docx
put "$tmp/bold-questions.docx" docx/bold-questions/input.docx
put "$tmp/structured.odt" odt/structured/input.odt
put "$tmp/bold-questions.odt" odt/bold-questions/input.odt

# Web pages: pandoc's standalone page, and a saved page with its furniture.
pandoc -s "$src/structured.md" -o "$tmp/structured.html"
put "$tmp/structured.html" html/pandoc-standalone/input.html
put "$src/linebreak-questions.html" html/saved-page/input.html

# PDF: the Word document through LibreOffice; and a three-page letter with a
# running header, page numbers and hyphenated words, from a flat ODT.
(cd "$tmp" && office pdf --outdir "$tmp" "$tmp/structured.docx")
put "$tmp/structured.pdf" pdf/structured/input.pdf
(cd "$tmp" && python3 "$src/make-paged-fodt.py" && office pdf --outdir "$tmp" "$tmp/paged.fodt")
put "$tmp/paged.pdf" pdf/paged-letter/input.pdf
(cd "$tmp" && python3 "$src/make-two-column-fodt.py" && office pdf --outdir "$tmp" "$tmp/two-column.fodt")
put "$tmp/two-column.pdf" pdf/two-column/input.pdf
# Designed pages: running header and footer (URL, n/m), columns, a sidebar, Symbol bullets and a private-use icon.
(cd "$tmp" && python3 "$src/make-designed-fodt.py" && office pdf --outdir "$tmp" "$tmp/designed.fodt")
put "$tmp/designed.pdf" pdf/designed-pages/input.pdf

# A response form with form fields, a footnote and a comment, from a flat ODT, saved by LibreOffice as
# legacy Word and RTF; then an Outlook item carrying the RTF (scripts/fixtures/make-msg.mjs, through cfb).
# The same form as ODT (its form controls), PDF (AcroForm fields, the comment an annotation) and Word with content controls.
(cd "$tmp" && python3 "$src/make-form-fodt.py" && office 'doc:MS Word 97' --outdir "$tmp" "$tmp/form.fodt" && office rtf --outdir "$tmp" "$tmp/form.fodt")
(cd "$tmp" && office odt --outdir "$tmp" "$tmp/form.fodt" && office docx --outdir "$tmp" "$tmp/form.fodt")
(cd "$tmp" && office 'pdf:writer_pdf_Export:{"ExportFormFields":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/form.fodt")
(cd "$tmp" && python3 "$src/make-content-controls.py" "$tmp/form.docx")
put "$tmp/form.doc" doc/response-form/input.doc
put "$tmp/form.rtf" rtf/response-form/input.rtf
put "$tmp/form.odt" odt/response-form/input.odt
put "$tmp/form.pdf" pdf/response-form/input.pdf
put "$tmp/content-controls.docx" docx/content-controls/input.docx
node ../../scripts/fixtures/make-msg.mjs

# Email: a quoted-printable body, a quoted reply, a signature, the Word response attached, and emails nested too deep.
(cd "$tmp" && cp "$src/letter-body.txt" . && python3 "$src/make-email.py" "$tmp/structured.docx")
put "$tmp/letter.eml" eml/letter-with-attachments/input.eml
# Emails as they arrive: Windows-1252 declared as Latin-1 or UTF-8, Outlook and Notes quoting, a disclaimer, a Notes forward, a bounce.
(cd "$tmp" && python3 "$src/make-email-cases.py")
for case in cp1252-as-latin1 cp1252-as-utf8 notes-forwarded bounce; do put "$tmp/$case.eml" "eml/$case/input.eml"; done

# The seeds, saved from their text by LibreOffice as Word, ODT, PDF and HTML.
mkdir -p seeds
for seed in ../../seeds/*.txt; do
  name="$(basename "$seed" .txt)"
  for format in docx odt pdf html; do
    office "$format" --outdir "$tmp/seeds" "$seed"
    cp "$tmp/seeds/$name.$format" "seeds/$name.$format"
  done
done

# A PDF that needs a password to open (the hostile-file tests read it; pdf.js must refuse it cleanly).
mkdir -p hostile
(cd "$tmp" && office 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' --outdir "$tmp/enc" "$tmp/bold-questions.docx")
cp "$tmp/enc/bold-questions.pdf" hostile/encrypted.pdf
