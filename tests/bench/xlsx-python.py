#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the workbook a replay file describes (xlsx-replay.py's lines) with Python's XlsxWriter,
as bench-plain.c writes it with libxlsxwriter: the same sheets, cells, merges, row heights, column
widths, formats and charts. The issue's second writer baseline ("clearly faster than Python's
XlsxWriter").

Usage: xlsx-python.py REPLAY.txt OUTPUT.xlsx
Prints one line: "WALL CPU" (seconds spent writing, the replay's reading left out), or
"missing" when the xlsxwriter module (Debian's python3-xlsxwriter) is not installed."""

import sys
import time

try:
    import xlsxwriter
except ImportError:
    print('missing')
    sys.exit(0)


def unescape(text):
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '\\' and i + 1 < len(text):
            i += 1
            ch = {'n': '\n', 't': '\t', 'r': '\r'}.get(text[i], text[i])
        out.append(ch)
        i += 1
    return ''.join(out)


def read_ops(path):
    ops = []
    with open(path, encoding='utf-8') as replay:
        for line in replay:
            f = line.rstrip('\n').split('\t')
            kind = f[0]
            if kind == 'S' and len(f) >= 4:
                ops.append(('S', unescape(f[1]), f[2].startswith('1'), int(f[3])))
            elif kind in ('W', 'H') and len(f) >= 3:
                ops.append((kind, int(f[1]), float(f[2])))
            elif kind == 'C' and len(f) >= 6:
                value = float(f[5]) if f[4].startswith('n') else unescape(f[5])
                ops.append(('C', int(f[1]), int(f[2]), int(f[3]), f[4][:1], value))
            elif kind == 'M' and len(f) >= 7:
                ops.append(('M', int(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]),
                            unescape(f[6])))
            elif kind == 'G' and len(f) >= 7:
                cat = [int(x) for x in f[5].split()]
                val = [int(x) for x in f[6].split()]
                if len(cat) == 4 and len(val) == 4:
                    ops.append(('G', int(f[1]), int(f[2]), f[3][:1], unescape(f[4]), cat, val))
    return ops


def write(ops, path):
    # constant_memory off: the sheets are written as libxlsxwriter's default mode writes them.
    workbook = xlsxwriter.Workbook(path)
    formats = {}
    sheet = None

    def format_for(style):
        found = formats.get(style)
        if found is None:
            # One format per style the workbook uses, as bench-plain.c makes them.
            found = workbook.add_format({'font_name': 'Arial', 'font_size': 10, 'text_wrap': True,
                                         'valign': 'top', 'border': 1 if style % 2 else 0,
                                         'bold': style % 3 == 0})
            formats[style] = found
        return found

    for op in ops:
        kind = op[0]
        if kind == 'S':
            sheet = workbook.add_worksheet(op[1])
            if op[2]:
                sheet.set_landscape()
            sheet.set_paper(op[3])
            sheet.set_margins(0.5, 0.4, 0.6, 0.7)
            sheet.fit_to_pages(1, 0)
            sheet.set_footer('&CHalaman &P dari &N')
        elif kind == 'W':
            sheet.set_column(op[1], op[1], op[2])
        elif kind == 'H':
            sheet.set_row(op[1], op[2])
        elif kind == 'C':
            row, col, style, cell, value = op[1:]
            if cell == 'n':
                sheet.write_number(row, col, value, format_for(style))
            elif cell == 's':
                sheet.write_string(row, col, value, format_for(style))
            else:
                sheet.write_blank(row, col, None, format_for(style))
        elif kind == 'M':
            sheet.merge_range(op[1], op[2], op[3], op[4], op[6], format_for(op[5]))
        elif kind == 'G':
            chart = workbook.add_chart({'type': 'line' if op[3] == 'l' else 'column'})
            cat, val = op[5], op[6]
            chart.add_series({'categories': [op[4], cat[0], cat[1], cat[2], cat[3]],
                              'values': [op[4], val[0], val[1], val[2], val[3]]})
            chart.set_title({'name': 'Kurva Distribusi Predikat Kinerja Pegawai'})
            chart.set_legend({'none': True})
            sheet.insert_chart(op[1], op[2], chart)
    workbook.close()


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    ops = read_ops(sys.argv[1])
    wall0 = time.perf_counter()
    cpu0 = time.process_time()
    write(ops, sys.argv[2])
    print('%f %f' % (time.perf_counter() - wall0, time.process_time() - cpu0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
