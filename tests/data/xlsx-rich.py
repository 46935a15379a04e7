#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the text of every cell of a workbook that holds rich text (shared or inline), one a line
# in the sheets' order, with the runs drawn struck through between "~~":
# "~~ISTIMEWA~~/BAIK/~~KURANG~~". Debian 12's openpyxl 3.0 does not read rich text, so this reads
# the XML parts of the zip itself.
#
# Usage: xlsx-rich.py WORKBOOK

import sys
import zipfile
import xml.etree.ElementTree as ET

NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def runs_text(item):
    text = ''
    for run in item.findall(f'{NS}r'):
        props = run.find(f'{NS}rPr')
        struck = props is not None and props.find(f'{NS}strike') is not None \
            and props.find(f'{NS}strike').get('val', 'true') not in ('0', 'false')
        part = ''.join(t.text or '' for t in run.findall(f'{NS}t'))
        text += f'~~{part}~~' if struck else part
    return text


def main():
    with zipfile.ZipFile(sys.argv[1]) as workbook:
        names = workbook.namelist()
        shared = []
        if 'xl/sharedStrings.xml' in names:
            shared = list(ET.fromstring(workbook.read('xl/sharedStrings.xml')).iter(f'{NS}si'))
        sheets = sorted((n for n in names
                         if n.startswith('xl/worksheets/sheet') and n.endswith('.xml')),
                        key=lambda n: int(n[len('xl/worksheets/sheet'):-len('.xml')]))
        # Every cell holding rich text, sheet by sheet in the order the sheet lists its cells
        # (row by row): a shared string (t="s") or an inline one (t="inlineStr").
        for name in sheets:
            for cell in ET.fromstring(workbook.read(name)).iter(f'{NS}c'):
                item = None
                if cell.get('t') == 's':
                    item = shared[int(cell.find(f'{NS}v').text)]
                elif cell.get('t') == 'inlineStr':
                    item = cell.find(f'{NS}is')
                if item is not None and item.find(f'{NS}r') is not None:
                    print(runs_text(item))
    return 0


if __name__ == '__main__':
    sys.exit(main())
