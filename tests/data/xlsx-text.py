#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints what a reader of a workbook sees, one line each: for every sheet "== NAME", its page
# header and footer ("header: …", "footer: …", "mark: …" for a filled status cell), then every
# cell that holds something; a number cell as "= " and the number as Python writes it.
#
# Usage: xlsx-text.py WORKBOOK. Exit status 77 when openpyxl is missing.

import sys

try:
    import openpyxl
except ImportError:
    sys.exit(77)


def main():
    workbook = openpyxl.load_workbook(sys.argv[1])
    for ws in workbook.worksheets:
        print(f'== {ws.title}')
        for part, what in (('header', ws.oddHeader), ('footer', ws.oddFooter)):
            for place in (what.left, what.center, what.right):
                if place.text:
                    print(f'{part}: {place.text}')
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or cell.value == '':
                    continue
                if isinstance(cell.value, str) and cell.value.startswith('Status: ') \
                        and cell.fill is not None and cell.fill.fill_type == 'solid':
                    print(f'mark: {cell.value}')
                if isinstance(cell.value, (int, float)):
                    print(f'= {cell.value!r}')
                else:
                    print(cell.value)
    return 0


if __name__ == '__main__':
    sys.exit(main())
