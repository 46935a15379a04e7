#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A test of check-sql-postgresql.py's reading of the store files (no server needed): statements
# built from #define'd strings, on one line or continued, are read whole, and a statement it
# cannot read is said, not checked cut short (it once saw "SELECT " ENTRY_COLUMNS … as "SELECT ").

import importlib.util
import pathlib
import sys
import tempfile

HERE = pathlib.Path(__file__).parent

PRIVATE = '#define SHARED_TABLE " FROM review_decision"\n'

STORE = r'''
#define COLUMNS "id, team_id"
#define ORDER \
  " ORDER BY decided_at DESC," \
  " id DESC"
#define MAX_ROWS 100000
#define FROM_ORDERED SHARED_TABLE ORDER

static void
read (KnStore *self)
{
  stmt = kn_store_stmt (self, "SELECT " COLUMNS SHARED_TABLE
                              " WHERE period = ?" ORDER, error);
  stmt = kn_store_stmt (self, "SELECT " COLUMNS FROM_ORDERED, error);
  stmt = kn_store_stmt (self, "SELECT \"id\" FROM plan", error);
  stmt = kn_store_stmt (self, "SELECT " UNKNOWN " FROM plan", error);
  stmt = kn_store_stmt (self, flag ? "SELECT 1" : "SELECT 2", error);
}
'''


def main():
    spec = importlib.util.spec_from_file_location('check', HERE / 'check-sql-postgresql.py')
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)

    with tempfile.TemporaryDirectory(prefix='kinerja-test-check-sql-') as folder:
        root = pathlib.Path(folder)
        (root / 'src/core').mkdir(parents=True)
        (root / 'src/core/kn-store-private.h').write_text(PRIVATE, encoding='utf-8')
        (root / 'src/core/kn-store-x.c').write_text(STORE, encoding='utf-8')
        found = [sql for _, _, sql in check.store_statements(root)]

    expected = [
        'SELECT id, team_id FROM review_decision WHERE period = ? ORDER BY decided_at DESC, id DESC',
        'SELECT id, team_id FROM review_decision ORDER BY decided_at DESC, id DESC',
        'SELECT "id" FROM plan',
        None,
        None,
    ]
    if found != expected:
        print('read:', *found, 'expected:', *expected, sep='\n  ', file=sys.stderr)
        return 1
    print(f'{len(found)} statements read as expected')
    return 0


if __name__ == '__main__':
    sys.exit(main())
