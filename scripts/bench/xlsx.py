#!/usr/bin/env python3
"""Writes a CSV export as an Excel workbook (.xlsx), as Excel and Microsoft Forms store one:

    xlsx.py IN.csv OUT.xlsx [--encoding cp1252] [--delimiter ';'] [--dates day-first]

Text goes into the shared strings, numbers are numbers, and dates and times (ISO, or
`23-11-2026 14:05:09` with --dates day-first) become Excel date serials in a date style, so
that the workbook holds the same rows as the CSV. Anything else (`7,5`, `zes`) stays text, as
Excel keeps what it cannot read as a number. The sheet is written as a stream; only the shared
strings are kept until the end. Used by scripts/bench.py (the .xlsx import against the same
rows as CSV) and to make fixtures/surveytools/microsoft-forms/*.xlsx.
"""
import argparse
import csv
import datetime
import re
import sys
import zipfile
from xml.sax.saxutils import escape

EPOCH = datetime.datetime(1899, 12, 30)  # serial 0 of the 1900 system, past Lotus' 29 February
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
DAY_FIRST = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '</Relationships>',
    # Style 1: a date (built-in format 14); style 2: a date and time (format 22).
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
    '<xf numFmtId="22" applyNumberFormat="1"/></cellXfs></styleSheet>',
}


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def date_serial(text, day_first):
    """(serial, has time) for a date or date and time, else None."""
    match = (DAY_FIRST if day_first else ISO).match(text)
    if not match:
        return None
    a, b, c, hour, minute, second = match.groups()
    year, month, day = (int(c), int(b), int(a)) if day_first else (int(a), int(b), int(c))
    try:
        moment = datetime.datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    delta = moment - EPOCH
    return delta.days + delta.seconds / 86400, hour is not None


def cell(reference, text, strings, day_first, header):
    if text == "":
        return ""
    if not header:
        dated = date_serial(text, day_first)
        if dated:
            serial, has_time = dated
            return f'<c r="{reference}" s="{2 if has_time else 1}"><v>{serial!r}</v></c>'
        if NUMBER.match(text) and len(text) < 15 and not (len(text) > 1 and text.startswith("0")):
            return f'<c r="{reference}"><v>{text}</v></c>'
    index = strings.setdefault(text, len(strings))
    return f'<c r="{reference}" t="s"><v>{index}</v></c>'


def write(source, target, encoding="utf-8-sig", delimiter=",", day_first=False):
    """Writes the CSV file `source` as the workbook `target`; returns the number of rows."""
    strings = {}
    rows = 0
    with open(source, newline="", encoding=encoding) as handle, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for number, record in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                cells = "".join(cell(f"{column_name(i)}{number}", value, strings, day_first, number == 1)
                                for i, value in enumerate(record))
                sheet.write(f'<row r="{number}">{cells}</row>'.encode())
                rows += 1
            sheet.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as shared:
            shared.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns='
                         f'"http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="{len(strings)}">'
                         .encode())
            for text in strings:
                shared.write(f'<si><t xml:space="preserve">{escape(text)}</t></si>'.encode())
            shared.write(b"</sst>")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("--encoding", default="utf-8-sig")
    parser.add_argument("--delimiter", default=",")
    parser.add_argument("--dates", choices=["iso", "day-first"], default="iso")
    options = parser.parse_args()
    write(options.source, options.target, options.encoding, options.delimiter, options.dates == "day-first")
    return 0


if __name__ == "__main__":
    sys.exit(main())
