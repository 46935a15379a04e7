#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Describes a workbook's cells, merges, row heights, column widths and charts as tab-separated
lines, for the libxlsxwriter baseline (bench-plain.c) to write the same workbook alone.

Usage: xlsx-replay.py WORKBOOK.xlsx OUTPUT.txt
Prints one line: "cells=N merges=N charts=N sheets=N" (what the workbook holds)."""

import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    'm': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'rel': 'http://schemas.openxmlformats.org/package/2006/relationships',
    'xdr': 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
    'c': 'http://schemas.openxmlformats.org/drawingml/2006/chart',
}
M = '{%s}' % NS['m']
REF = re.compile(r'^([A-Z]+)([0-9]+)$')


def cell_index(ref):
    match = REF.match(ref.replace('$', ''))
    letters, digits = match.groups()
    col = 0
    for ch in letters:
        col = col * 26 + (ord(ch) - 64)
    return int(digits) - 1, col - 1


def escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def rels(zf, part):
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, '_rels', name + '.rels')
    if path not in zf.namelist():
        return {}
    root = ET.fromstring(zf.read(path))
    out = {}
    for rel in root.findall('rel:Relationship', NS):
        out[rel.get('Id')] = posixpath.normpath(posixpath.join(folder, rel.get('Target')))
    return out


def shared_strings(zf):
    if 'xl/sharedStrings.xml' not in zf.namelist():
        return []
    out = []
    for _, elem in ET.iterparse(zf.open('xl/sharedStrings.xml')):
        if elem.tag == M + 'si':
            out.append(''.join(t.text or '' for t in elem.iter(M + 't')))
            elem.clear()
    return out


def formula_range(text):
    # 'Sheet name'!$B$3:$F$3
    sheet, _, cells = text.rpartition('!')
    sheet = sheet.strip("'").replace("''", "'")
    first, _, last = cells.partition(':')
    r1, c1 = cell_index(first)
    r2, c2 = cell_index(last or first)
    return sheet, r1, c1, r2, c2


def main():
    zf = zipfile.ZipFile(sys.argv[1])
    strings = shared_strings(zf)
    book = ET.fromstring(zf.read('xl/workbook.xml'))
    book_rels = rels(zf, 'xl/workbook.xml')
    out = open(sys.argv[2], 'w', encoding='utf-8')
    totals = {'cells': 0, 'merges': 0, 'charts': 0, 'sheets': 0}

    for sheet in book.find('m:sheets', NS):
        part = book_rels[sheet.get('{%s}id' % NS['r'])]
        root = ET.fromstring(zf.read(part))
        totals['sheets'] += 1
        setup = root.find('m:pageSetup', NS)
        landscape = 1 if setup is not None and setup.get('orientation') == 'landscape' else 0
        paper = setup.get('paperSize', '9') if setup is not None else '9'
        out.write('S\t%s\t%d\t%s\n' % (escape(sheet.get('name')), landscape, paper))
        cols = root.find('m:cols', NS)
        if cols is not None:
            for col in cols:
                for c in range(int(col.get('min')) - 1, int(col.get('max'))):
                    out.write('W\t%d\t%s\n' % (c, col.get('width')))
        merged = []
        merges = root.find('m:mergeCells', NS)
        if merges is not None:
            for merge in merges:
                first, _, last = merge.get('ref').partition(':')
                merged.append(cell_index(first) + cell_index(last))
        in_merge = {}
        for r1, c1, r2, c2 in merged:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    in_merge[(r, c)] = (r1, c1)
        top_left = {}
        for row in root.find('m:sheetData', NS):
            r = int(row.get('r')) - 1
            if row.get('ht') is not None:
                out.write('H\t%d\t%s\n' % (r, row.get('ht')))
            for cell in row:
                rr, cc = cell_index(cell.get('r'))
                style = cell.get('s', '0')
                kind = cell.get('t', 'n')
                value = cell.find('m:v', NS)
                if kind == 's' and value is not None:
                    text, t = strings[int(value.text)], 's'
                elif kind == 'inlineStr':
                    text, t = ''.join(x.text or '' for x in cell.iter(M + 't')), 's'
                elif value is not None:
                    text, t = value.text, 'n'
                else:
                    text, t = '', 'b'
                totals['cells'] += 1
                if (rr, cc) in in_merge:
                    if in_merge[(rr, cc)] == (rr, cc):
                        top_left[(rr, cc)] = (style, t, text)
                    continue
                out.write('C\t%d\t%d\t%s\t%s\t%s\n' % (rr, cc, style, t, escape(text)))
        for r1, c1, r2, c2 in merged:
            style, t, text = top_left.get((r1, c1), ('0', 'b', ''))
            out.write('M\t%d\t%d\t%d\t%d\t%s\t%s\n' % (r1, c1, r2, c2, style, escape(text if t != 'b' else '')))
            totals['merges'] += 1

        # Charts: sheet → drawing → chart, with the anchor cell and the series ranges.
        for drawing_part in rels(zf, part).values():
            if '/drawings/' not in drawing_part:
                continue
            drawing = ET.fromstring(zf.read(drawing_part))
            drawing_rels = rels(zf, drawing_part)
            for anchor in drawing:
                start = anchor.find('xdr:from', NS)
                chart_ref = anchor.find('.//c:chart', NS)
                if start is None or chart_ref is None:
                    continue
                chart_part = drawing_rels[chart_ref.get('{%s}id' % NS['r'])]
                chart = ET.fromstring(zf.read(chart_part))
                kind = 'line' if chart.find('.//c:lineChart', NS) is not None else 'column'
                for series in chart.iter('{%s}ser' % NS['c']):
                    cat = series.find('c:cat//c:f', NS)
                    val = series.find('c:val//c:f', NS)
                    if cat is None or val is None:
                        continue
                    cat_range = formula_range(cat.text)
                    val_range = formula_range(val.text)
                    out.write('G\t%s\t%s\t%s\t%s\t%d %d %d %d\t%d %d %d %d\n' % (
                        start.find('xdr:row', NS).text, start.find('xdr:col', NS).text, kind,
                        escape(cat_range[0]), *cat_range[1:], *val_range[1:]))
                    totals['charts'] += 1
                    break
    out.close()
    print('cells=%(cells)d merges=%(merges)d charts=%(charts)d sheets=%(sheets)d' % totals)


if __name__ == '__main__':
    main()
