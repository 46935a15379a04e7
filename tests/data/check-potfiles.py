#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks po/POTFILES.in: every source with translatable strings is listed, every listed file exists.
#
# Usage: check-potfiles.py [SOURCE_ROOT]   (default: the repository this script lives in)

import pathlib
import re
import sys

# C: _( N_( C_( NC_( as a whole identifier (so MY_MACRO_( does not count).
C_MARKER = re.compile(r'(?<![A-Za-z0-9_])(?:N|C|NC)?_\s*\(')
# Comments and literals are removed first, so that a marker in a comment or a string
# does not count; string literals are kept as "" so that _("…") still matches.
C_NOISE = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
UI_MARKER = re.compile(r'''translatable\s*=\s*["'](?:yes|true|1)["']''', re.I)
XML_COMMENT = re.compile(r'<!--.*?-->', re.S)


def c_is_translatable(text):
    def keep(match):
        token = match.group(0)
        return '""' if token.startswith('"') else ("''" if token.startswith("'") else ' ')
    return C_MARKER.search(C_NOISE.sub(keep, text)) is not None


def ui_is_translatable(text):
    return UI_MARKER.search(XML_COMMENT.sub('', text)) is not None


def read_potfiles(path):
    """Returns the listed paths (relative to the source root) with their line numbers."""
    listed = []
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        # xgettext-style "[type: gettext/glade]" prefixes
        line = re.sub(r'^\[[^\]]*\]\s*', '', line)
        listed.append((line, number))
    return listed


def main():
    if len(sys.argv) > 1:
        root = pathlib.Path(sys.argv[1]).resolve()
    else:
        root = pathlib.Path(__file__).resolve().parents[2]
    potfiles = root / 'po' / 'POTFILES.in'
    if not potfiles.is_file():
        print(f'FAIL: {potfiles} does not exist')
        return 1

    listed = read_potfiles(potfiles)
    listed_set = {name for name, _ in listed}
    problems = 0

    missing = [(name, number) for name, number in listed if not (root / name).is_file()]
    if missing:
        problems += len(missing)
        print('FAIL: listed in po/POTFILES.in but not found in the source tree:')
        for name, number in missing:
            print(f'  po/POTFILES.in:{number}: {name}')

    seen = set()
    duplicates = []
    for name, number in listed:
        if name in seen:
            duplicates.append((name, number))
        seen.add(name)
    if duplicates:
        problems += len(duplicates)
        print('FAIL: listed more than once in po/POTFILES.in:')
        for name, number in duplicates:
            print(f'  po/POTFILES.in:{number}: {name}')

    candidates = []
    for folder, pattern, is_translatable in (('src', '*.c', c_is_translatable),
                                             ('ui', '*.ui', ui_is_translatable)):
        for path in sorted((root / folder).rglob(pattern)):
            if path.is_file():
                candidates.append((path, is_translatable))

    unlisted = []
    for path, is_translatable in candidates:
        relative = path.relative_to(root).as_posix()
        if relative in listed_set:
            continue
        if is_translatable(path.read_text(encoding='utf-8', errors='replace')):
            unlisted.append(relative)
    if unlisted:
        problems += len(unlisted)
        print('FAIL: these files have translatable strings (_( N_( C_( or translatable="yes")')
        print('      but are not listed in po/POTFILES.in; add them:')
        for name in unlisted:
            print(f'  {name}')

    if problems:
        print(f'{problems} problem(s) in po/POTFILES.in')
        return 1
    print(f'OK: po/POTFILES.in lists {len(listed)} files, all present; '
          f'{len(candidates)} sources under src/ and ui/ scanned, none missing from the list')
    return 0


if __name__ == '__main__':
    sys.exit(main())
