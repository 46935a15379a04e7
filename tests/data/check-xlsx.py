#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a workbook written by Kinerja against expectations given as JSON, the way a user's
# spreadsheet reads it: openpyxl for cells, merges and page setup, the zip itself for charts.
#
# Usage: check-xlsx.py FILE.xlsx SPEC.json
# Exit status: 0 when every expectation holds, 1 with one line per failure, 77 when openpyxl is
# missing (the test then skips).
#
# SPEC (every key optional):
#   "sheet_names": ["A", "B"]               the sheets, in this order
#   "valid_sheet_names": true               ≤ 31 characters, none of []:*?/\, no apostrophe at
#                                           either end, not empty, unique ignoring case
#   "zip_contains": {"member": ["text"]}    the member exists and contains each text
#   "zip_lacks": {"member": ["text"]}       the member exists and contains none of the texts
#   "sheets": {"Name": {
#       "paper": 9, "orientation": "portrait", "fit_width": 1, "fit_height": 0,
#       "print_titles_contain": "(1)"       the print title rows include the row of this cell
#       "print_area": true                  set, from A1 over every used row and column
#       "footer": "Halaman &P dari &N"      the centre of the footer
#       "cells": [["A1", value, "s"]]       value and openpyxl data_type at a coordinate
#       "find": [[value, "n"]]              some cell holds this value with this data_type
#       "absent": [value]                   no cell holds this value
#       "merged_down": [[value, rows]]      a merged range starting at this value spans ≥ rows
#       "merged_across": [[value, cols]]    … spans ≥ cols columns
#       "one_line": [value]                 every cell holding this text is wide enough (its
#                                           columns, or its merged range's) to show it on one
#                                           line in 10 pt Arial (Liberation Sans' metrics)
#       "dates": [["2026-05-04", "dd-mm-yyyy"]]  some cell is a date cell of that day whose
#                                           number format ends with the given one
#       "row_vertical": [[value, "top"]]    every filled cell on the row of this value has
#                                           this vertical alignment
#   }}
# Always checked: the workbook opens, no cell is a formula, and no number in the XML is written
# with a decimal comma (TESTING.md trap 2).

import datetime
import json
import re
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils.cell import range_boundaries
except ImportError:
    print('openpyxl is not installed for /usr/bin/python3')
    sys.exit(77)

failures = []


def fail(message):
    failures.append(message)


def same_value(actual, expected):
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected
    if isinstance(expected, (int, float)):
        return isinstance(actual, (int, float)) and abs(actual - expected) < 1e-9
    return actual == expected


def cells(ws):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                yield cell


def find_cells(ws, value):
    return [cell for cell in cells(ws) if same_value(cell.value, value)]


def check_zip(path, spec):
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for member, texts in spec.get('zip_contains', {}).items():
            if member not in names:
                fail(f'{member} is not in the workbook (members: {", ".join(sorted(names))})')
                continue
            data = archive.read(member).decode('utf-8')
            for text in texts:
                if text not in data:
                    fail(f'{member} does not contain {text!r}')
        for member, texts in spec.get('zip_lacks', {}).items():
            if member not in names:
                fail(f'{member} is not in the workbook (members: {", ".join(sorted(names))})')
                continue
            data = archive.read(member).decode('utf-8')
            for text in texts:
                if text in data:
                    fail(f'{member} contains {text!r}')
        comma = re.compile(r'(<v>-?\d+,\d+</v>|="-?\d+,\d+")')
        for member in names:
            if member.endswith('.xml'):
                match = comma.search(archive.read(member).decode('utf-8'))
                if match:
                    fail(f'{member} writes a number with a decimal comma: {match.group(0)}')


def check_names(names):
    folded = set()
    for name in names:
        if not name or len(name) > 31:
            fail(f'sheet name {name!r} is empty or longer than 31 characters')
        if any(c in name for c in '[]:*?/\\'):
            fail(f'sheet name {name!r} holds a character Excel refuses')
        if name.startswith("'") or name.endswith("'"):
            fail(f'sheet name {name!r} starts or ends with an apostrophe')
        if name.casefold() in folded:
            fail(f'sheet name {name!r} is used twice (ignoring case)')
        folded.add(name.casefold())


FONT = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'


def text_pixels(text):
    """The width of @text in 10 pt Arial at 96 dpi, from Liberation Sans (Arial's metrics)."""
    try:
        from PIL import ImageFont
        font = ImageFont.truetype(FONT, 1000)
        return font.getlength(text) / 1000 * 10 * 96 / 72
    except (ImportError, OSError):
        # Without Pillow or the font: Arial's widest digits and capitals, to be safe.
        return len(text) * 10 * 96 / 72 * 0.6


def column_pixels(ws, first, last):
    from openpyxl.utils import get_column_letter
    pixels = 0
    for col in range(first, last + 1):
        width = ws.column_dimensions[get_column_letter(col)].width
        if width is None:
            width = 8.43
        pixels += int(width * 7 + 5)  # Excel's column width in pixels (Calibri 11 digits)
    return pixels


def cell_columns(ws, cell):
    for merged in ws.merged_cells.ranges:
        min_col, min_row, max_col, max_row = merged.bounds
        if min_row <= cell.row <= max_row and min_col <= cell.column <= max_col:
            return min_col, max_col
    return cell.column, cell.column


def title_rows(ws):
    text = ws.print_title_rows
    if not text:
        return None
    match = re.search(r'\$?(\d+):\$?(\d+)', text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def check_sheet(ws, spec):
    where = f'sheet {ws.title!r}'
    setup = ws.page_setup
    if 'paper' in spec and str(setup.paperSize) != str(spec['paper']):
        fail(f'{where}: paperSize is {setup.paperSize}, expected {spec["paper"]}')
    if 'orientation' in spec and setup.orientation != spec['orientation']:
        fail(f'{where}: orientation is {setup.orientation}, expected {spec["orientation"]}')
    if 'fit_width' in spec or 'fit_height' in spec:
        properties = ws.sheet_properties.pageSetUpPr
        if properties is None or not properties.fitToPage:
            fail(f'{where}: fit to page is off')
        # OOXML's default for both is 1, which libxlsxwriter leaves out.
        width = 1 if setup.fitToWidth is None else int(setup.fitToWidth)
        height = 1 if setup.fitToHeight is None else int(setup.fitToHeight)
        if 'fit_width' in spec and width != spec['fit_width']:
            fail(f'{where}: fitToWidth is {width}, expected {spec["fit_width"]}')
        if 'fit_height' in spec and height != spec['fit_height']:
            fail(f'{where}: fitToHeight is {height}, expected {spec["fit_height"]}')
    if 'print_titles_contain' in spec:
        rows = title_rows(ws)
        found = find_cells(ws, spec['print_titles_contain'])
        if rows is None:
            fail(f'{where}: no print title rows')
        elif not found or not any(rows[0] <= c.row <= rows[1] for c in found):
            fail(f'{where}: print title rows {rows} do not hold {spec["print_titles_contain"]!r}')
    if spec.get('print_area'):
        area = ws.print_area
        if isinstance(area, (list, tuple)):  # openpyxl 3.0 gives a list of ranges
            area = area[0] if len(area) == 1 else None
        if not area:
            fail(f'{where}: no print area, or more than one')
        else:
            bounds = area.split('!')[-1].replace('$', '')
            min_col, min_row, max_col, max_row = range_boundaries(bounds)
            last_row = max(c.row for c in cells(ws))
            last_col = max(c.column for c in cells(ws))
            if (min_col, min_row) != (1, 1) or max_row < last_row or max_col < last_col:
                fail(f'{where}: print area {area} does not cover the used cells up to row '
                     f'{last_row}, column {last_col}')
    if 'footer' in spec:
        text = ws.oddFooter.center.text
        if text != spec['footer']:
            fail(f'{where}: footer is {text!r}, expected {spec["footer"]!r}')
    for coordinate, value, data_type in spec.get('cells', []):
        cell = ws[coordinate]
        if not same_value(cell.value, value) or cell.data_type != data_type:
            fail(f'{where}: {coordinate} is {cell.value!r} ({cell.data_type}), '
                 f'expected {value!r} ({data_type})')
    for value, data_type in spec.get('find', []):
        found = find_cells(ws, value)
        if not found:
            fail(f'{where}: no cell holds {value!r}')
        elif not any(c.data_type == data_type for c in found):
            fail(f'{where}: {value!r} is in {found[0].coordinate} as {found[0].data_type}, '
                 f'expected {data_type}')
    for value in spec.get('absent', []):
        found = find_cells(ws, value)
        if found:
            fail(f'{where}: {value!r} should not be there but is in {found[0].coordinate}')
    for key, index in (('merged_down', 3), ('merged_across', 2)):
        for value, minimum in spec.get(key, []):
            spans = []
            for merged in ws.merged_cells.ranges:
                bounds = merged.bounds  # min_col, min_row, max_col, max_row
                if same_value(ws.cell(bounds[1], bounds[0]).value, value):
                    spans.append(bounds[index] - bounds[index - 2] + 1)
            if not spans:
                fail(f'{where}: no merged range starts with {value!r}')
            elif max(spans) < minimum:
                fail(f'{where}: the merged range of {value!r} spans {max(spans)}, '
                     f'expected at least {minimum}')
    for value in spec.get('one_line', []):
        found = find_cells(ws, value)
        if not found:
            fail(f'{where}: no cell holds {value!r}')
        for cell in found:
            first, last = cell_columns(ws, cell)
            room = column_pixels(ws, first, last)
            # The cell's padding and border take about 7 pixels.
            if text_pixels(str(value)) + 7 > room:
                fail(f'{where}: {value!r} in {cell.coordinate} needs '
                     f'{text_pixels(str(value)) + 7:.0f} px on one line, its columns give {room}')
    for day, number_format in spec.get('dates', []):
        found = [c for c in cells(ws)
                 if isinstance(c.value, datetime.datetime) and c.value.date().isoformat() == day]
        if not found:
            texts = [c.coordinate for c in cells(ws) if isinstance(c.value, str) and day in c.value]
            fail(f'{where}: no date cell holds {day} (as text in: {texts})')
        elif not any(c.number_format.endswith(number_format) for c in found):
            fail(f'{where}: {day} in {found[0].coordinate} is shown as '
                 f'{found[0].number_format!r}, expected {number_format!r}')
    for value, vertical in spec.get('row_vertical', []):
        found = find_cells(ws, value)
        if not found:
            fail(f'{where}: no cell holds {value!r}')
        for cell in found:
            for other in ws[cell.row]:
                if other.value is not None and (other.alignment.vertical or 'bottom') != vertical:
                    fail(f'{where}: {other.coordinate} ({other.value!r}) on the row of {value!r} '
                         f'is aligned {other.alignment.vertical or "bottom"}, expected {vertical}')


def main():
    path, spec_text = sys.argv[1], sys.argv[2]
    spec = json.loads(spec_text)
    try:
        workbook = openpyxl.load_workbook(path)
    except Exception as error:  # a corrupt workbook is the failure to report
        print(f'{path} does not open: {error!r}')
        return 1

    check_zip(path, spec)
    names = workbook.sheetnames
    if 'sheet_names' in spec and names != spec['sheet_names']:
        fail(f'the sheets are {names}, expected {spec["sheet_names"]}')
    if spec.get('valid_sheet_names'):
        check_names(names)
    for ws in workbook.worksheets:
        for cell in cells(ws):
            if cell.data_type == 'f':
                fail(f'sheet {ws.title!r}: {cell.coordinate} is a formula: {cell.value!r}')
    for name, sheet_spec in spec.get('sheets', {}).items():
        if name not in names:
            fail(f'no sheet {name!r} (sheets: {names})')
            continue
        check_sheet(workbook[name], sheet_spec)

    for message in failures:
        print(message)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
