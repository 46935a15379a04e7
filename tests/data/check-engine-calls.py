#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the wall beneath the store: only an engine's driver calls that engine's API. No file but
# src/core/kn-db-sqlite.c names sqlite3_* or includes <sqlite3.h>; no file but a PostgreSQL
# driver (src/core/kn-db-pg*.c) names libpq's PQ* functions or includes <libpq-fe.h>.
# tests/bench is exempt: its baselines are the plain engine doing the same work, by design.
#
# Usage: check-engine-calls.py [SOURCE_ROOT]   (default: the repository this script lives in)

import pathlib
import re
import sys

ENGINES = [
    ('SQLite', re.compile(r'\bsqlite3_\w*|<sqlite3\.h>'), re.compile(r'^src/core/kn-db-sqlite\.c$')),
    ('PostgreSQL', re.compile(r'\bPQ[a-z]\w*\s*\(|\bPG(?:conn|result)\b|<libpq-fe\.h>'),
     re.compile(r'^src/core/kn-db-pg[\w-]*\.c$')),
]
FOLDERS = ['src', 'include', 'tests']
EXEMPT = re.compile(r'^tests/bench/')
SUFFIXES = {'.c', '.h'}


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2])
    problems = []
    n_files = 0
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob('*')):
            if path.suffix not in SUFFIXES or not path.is_file():
                continue
            relative = path.relative_to(root).as_posix()
            if EXEMPT.match(relative):
                continue
            n_files += 1
            text = path.read_text(encoding='utf-8', errors='replace')
            for engine, pattern, allowed in ENGINES:
                if allowed.match(relative):
                    continue
                for number, line in enumerate(text.splitlines(), 1):
                    match = pattern.search(line)
                    if match:
                        problems.append(f'{relative}:{number}: {match.group(0)} — only the {engine} '
                                        'driver may call its engine; go through src/core/kn-db.h')
    if n_files == 0:
        print(f'no C sources found under {root}', file=sys.stderr)
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f'{n_files} files checked, {len(problems)} engine calls outside a driver')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
