#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the house rule that no source file in src is longer than 1,200 lines (README, Layout).

Every .c and .h file under SOURCE_ROOT/src, at any depth, is counted; each one over the limit is
named with its length, and the check fails. A file that has grown that far is split along its
seams (as kn-reports-page.c was into its preview, printable and saving files).
Usage: check-file-length.py SOURCE_ROOT
"""

import os
import sys

LIMIT = 1200


def main():
    source_root = sys.argv[1]
    src = os.path.join(source_root, 'src')
    too_long = []
    counted = 0
    for folder, _, names in os.walk(src):
        for name in sorted(names):
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(folder, name)
            with open(path, 'rb') as f:
                lines = f.read().count(b'\n')
            counted += 1
            if lines > LIMIT:
                too_long.append((os.path.relpath(path, source_root), lines))
    if counted == 0:
        print(f'no .c or .h file found under {src}', file=sys.stderr)
        return 1
    for path, lines in sorted(too_long):
        print(f'{path}: {lines} lines, more than the {LIMIT} allowed: split it along its seams',
              file=sys.stderr)
    print(f'{counted} files under src checked, {len(too_long)} longer than {LIMIT} lines')
    return 1 if too_long else 0


if __name__ == '__main__':
    sys.exit(main())
