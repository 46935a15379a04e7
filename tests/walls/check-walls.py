#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proves the walls between the libraries (README, Layout) with the build's own compile commands.

For the core, demo, report and io libraries it takes the command the build compiles one of their
files with (build/compile_commands.json) and compiles small probes with it instead: every
include a library must not make has to be refused by the compiler, every header the library
owns has to compile, and the library's compile flags must not carry the include paths of what it
must not use. Usage: check-walls.py SOURCE_ROOT BUILD_ROOT
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile

SOURCE_ROOT, BUILD_ROOT = sys.argv[1], sys.argv[2]
INCLUDE = os.path.join(SOURCE_ROOT, 'include', 'kinerja')

REPORT_HEADERS = {'kn-chart.h', 'kn-document.h', 'kn-manual.h', 'kn-skm-document.h'}
IO_HEADERS = {'kn-export.h', 'kn-skm-export.h'}
UMBRELLA = {'kinerja.h'}
CORE_HEADERS = sorted(h for h in os.listdir(INCLUDE)
                      if h.endswith('.h') and h not in REPORT_HEADERS | IO_HEADERS | UMBRELLA)

CAIRO = ['<cairo.h>', '<cairo/cairo.h>', '<cairo-pdf.h>']
PANGO = ['<pango/pango.h>', '<pango/pangocairo.h>']
XLSX = ['<xlsxwriter.h>']
GTK = ['<gtk/gtk.h>', '<adwaita.h>']

# library: (folder of its sources, includes refused, includes allowed, include paths refused)
WALLS = {
    'core': ('src/core/',
             CAIRO + PANGO + XLSX + GTK
             + ['"kinerja/%s"' % h for h in sorted(REPORT_HEADERS | IO_HEADERS | UMBRELLA)],
             ['"kinerja/%s"' % h for h in CORE_HEADERS] + ['<sqlite3.h>', '<libpq-fe.h>', '<gio/gio.h>'],
             ['cairo', 'pango', 'gtk-4.0', 'libadwaita', 'harfbuzz']),
    'demo': ('src/demo/',
             CAIRO + PANGO + XLSX + GTK
             + ['"kinerja/%s"' % h for h in sorted(REPORT_HEADERS | IO_HEADERS | UMBRELLA)],
             ['"kn-demo.h"', '"kinerja/kn-store.h"'],
             ['cairo', 'pango', 'gtk-4.0', 'libadwaita', 'harfbuzz']),
    'report': ('src/report/',
               XLSX + GTK + ['"kinerja/kn-export.h"'],
               CAIRO + PANGO + ['"kinerja/kn-chart.h"', '"kinerja/kn-document.h"'],
               ['gtk-4.0', 'libadwaita']),
    'io': ('src/io/',
           CAIRO + PANGO + GTK + ['"kinerja/%s"' % h for h in sorted(REPORT_HEADERS | UMBRELLA)],
           XLSX + ['"kinerja/kn-export.h"', '"kinerja/kn-report-data.h"'],
           ['cairo', 'pango', 'gtk-4.0', 'libadwaita', 'harfbuzz']),
}

failures = []
checks = 0


def compile_command(folder):
    with open(os.path.join(BUILD_ROOT, 'compile_commands.json')) as f:
        entries = json.load(f)
    for entry in entries:
        path = os.path.normpath(os.path.join(entry['directory'], entry['file']))
        if os.path.relpath(path, SOURCE_ROOT).startswith(folder):
            args = shlex.split(entry['command']) if 'command' in entry else entry['arguments']
            return entry['directory'], args
    raise SystemExit('no compile command for %s in %s' % (folder, BUILD_ROOT))


def probe_args(args, probe):
    """The library's command with @probe as the source, checked for syntax only."""
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ('-o', '-MQ', '-MF', '-c'):
            skip = True
            continue
        if arg == '-MD':
            continue
        out.append(arg)
    return out + ['-fsyntax-only', '-fdiagnostics-color=never', probe]


def compiles(directory, args, include):
    with tempfile.NamedTemporaryFile('w', suffix='.c', delete=False) as f:
        f.write('#include "config.h"\n#include %s\nint kn_probe (void);\n'
                'int kn_probe (void) { return 0; }\n' % include)
        probe = f.name
    try:
        result = subprocess.run(probe_args(args, probe), cwd=directory, capture_output=True,
                                text=True)
    finally:
        os.unlink(probe)
    return result.returncode == 0, result.stderr


for library, (folder, refused, allowed, paths) in WALLS.items():
    directory, args = compile_command(folder)
    for path in paths:
        checks += 1
        bad = [a for a in args if a.startswith('-I') and path in a and 'src/walls' not in a]
        if bad:
            failures.append('%s is compiled with the include path %s' % (library, bad[0]))
    checks += 1
    ok, err = compiles(directory, args, '\n#include '.join(allowed))
    if not ok:
        failures.append('%s cannot include all of %s:\n%s' % (library, ', '.join(allowed), err))
    for include in refused:
        checks += 1
        ok, err = compiles(directory, args, include)
        if ok:
            failures.append('%s includes %s and the build lets it' % (library, include))
        elif 'README, Layout' not in err and 'No such file' not in err:
            failures.append('%s refuses %s for another reason:\n%s' % (library, include, err))

for failure in failures:
    print('FAIL:', failure)
print('%d checks, %d failed' % (checks, len(failures)))
sys.exit(1 if failures else 0)
