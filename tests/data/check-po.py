#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks po/id.po: it compiles, has no fuzzy or untranslated message, and translates every
# string that xgettext finds today in the files of po/POTFILES.in.
#
# Usage: check-po.py [SOURCE_ROOT]   (default: the repository this script lives in)
# The tools can be overridden with $MSGFMT, $MSGMERGE and $XGETTEXT.

import os
import pathlib
import re
import subprocess
import sys
import tempfile

LANGUAGE = 'id'

# The same extraction options as meson's i18n 'glib' preset (po/meson.build), plus ngettext.
XGETTEXT_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--keyword=ngettext:1,2',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
]

ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v',
           '\\': '\\', '"': '"', '\'': '\'', '?': '?'}


def tool(name):
    return os.environ.get(name.upper(), name)


def unescape(text):
    def replace(match):
        body = match.group(1)
        if body[0] in 'xX':
            return chr(int(body[1:], 16))
        if body[0].isdigit():
            return chr(int(body, 8))
        return ESCAPES.get(body, body)
    return re.sub(r'\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)', replace, text)


def parse_po(path):
    """Returns {(msgctxt, msgid): entry} for the live entries of a PO file; an entry is a dict
    with 'msgstr…' fields, 'flags', 'refs' (the #: source references) and 'line'."""
    entries = {}
    pending = {'flags': set(), 'refs': []}
    current = None
    field = None

    def finish():
        nonlocal current, field
        if current is not None and 'msgid' in current:
            entries[(current.get('msgctxt'), current['msgid'])] = current
        current = None
        field = None

    for number, raw in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        line = raw.strip()
        if current is not None and any(k.startswith('msgstr') for k in current) and \
                (not line or line.startswith('#') or line.startswith(('msgctxt', 'msgid '))):
            finish()
        if not line or line.startswith('#~'):      # blank, or an obsolete entry
            continue
        if line.startswith('#,'):
            pending['flags'] |= {f.strip() for f in line[2:].split(',')}
            continue
        if line.startswith('#:'):
            pending['refs'] += line[2:].split()
            continue
        if line.startswith('#'):
            continue
        match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+"(.*)"$', line)
        if match:
            if current is None:
                current = {'line': number, **pending}
                pending = {'flags': set(), 'refs': []}
            field = match.group(1)
            current[field] = unescape(match.group(2))
            continue
        match = re.match(r'"(.*)"$', line)
        if match and current is not None and field is not None:
            current[field] += unescape(match.group(1))
            continue
        raise SystemExit(f'FAIL: {path}:{number}: cannot parse: {raw}')
    finish()
    return entries


def describe(key):
    context, msgid = key
    shown = msgid.replace('\n', '\\n')
    return f'msgctxt "{context}" msgid "{shown}"' if context is not None else f'msgid "{shown}"'


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def check_compiles(po, entries):
    """msgfmt --check --statistics, and the fuzzy and untranslated entries; returns the number
    of problems and whether msgfmt accepts the file."""
    result = run([tool('msgfmt'), '--check', '--statistics', '-o', os.devnull, str(po)])
    statistics = result.stderr.strip()
    print(f'msgfmt --check --statistics po/{po.name}:')
    print(statistics)
    problems = 0
    if result.returncode != 0:
        print(f'FAIL: msgfmt --check rejects po/{po.name} (see above)')
        problems += 1
    live = {k: v for k, v in entries.items() if k != (None, '')}
    for kind, test in (('fuzzy', lambda e: 'fuzzy' in e['flags']),
                       ('untranslated', lambda e: not any(e[k] for k in e
                                                          if k.startswith('msgstr')))):
        found = [key for key, entry in live.items() if test(entry)]
        if found:
            problems += len(found)
            print(f'FAIL: {len(found)} {kind} message(s) in po/{po.name}:')
            for key in found:
                print(f'  po/{po.name}:{live[key]["line"]}: {describe(key)}')
    if not problems and re.search(r'\d+ (fuzzy|untranslated)', statistics):
        print(f'FAIL: msgfmt counts fuzzy or untranslated messages in po/{po.name}')
        problems += 1
    return problems, result.returncode == 0


def main():
    if len(sys.argv) > 1:
        root = pathlib.Path(sys.argv[1]).resolve()
    else:
        root = pathlib.Path(__file__).resolve().parents[2]
    po = root / 'po' / f'{LANGUAGE}.po'
    potfiles = root / 'po' / 'POTFILES.in'
    for needed in (po, potfiles):
        if not needed.is_file():
            print(f'FAIL: {needed} does not exist')
            return 1

    have = parse_po(po)
    problems, compiles = check_compiles(po, have)

    sources = []
    for line in potfiles.read_text(encoding='utf-8').splitlines():
        line = re.sub(r'^\[[^\]]*\]\s*', '', line.strip())
        if not line or line.startswith('#'):
            continue
        if (root / line).is_file():
            sources.append(line)
        else:
            print(f'note: {line} is listed in POTFILES.in but missing; check-potfiles reports it')

    with tempfile.TemporaryDirectory(prefix='kinerja-check-po-') as scratch:
        template = pathlib.Path(scratch) / 'kinerja.pot'
        result = run([tool('xgettext'), *XGETTEXT_ARGS, '--package-name=kinerja',
                      f'--directory={root}', f'--output={template}', '--force-po', *sources])
        if result.returncode != 0 or not template.is_file():
            print('FAIL: xgettext could not build a template from po/POTFILES.in:')
            print(result.stderr.strip())
            return 1
        if result.stderr.strip():
            print('xgettext says:')
            print(result.stderr.strip())

        wanted = {k: v for k, v in parse_po(template).items() if k != (None, '')}
        missing = [key for key in wanted if key not in have]
        print(f'xgettext found {len(wanted)} message(s) in {len(sources)} file(s); '
              f'po/{po.name} has {len(have) - ((None, "") in have)}')
        if missing:
            problems += len(missing)
            print(f'FAIL: {len(missing)} message(s) in the sources are missing from po/{po.name} '
                  '(add and translate them):')
            for key in missing:
                where = ' '.join(wanted[key]['refs'][:3])
                print(f'  {describe(key)}    ({where})')

        # The template knows which messages are printf formats; merge it in so that the
        # translations' format directives are compared with the sources even where id.po lacks
        # the c-format flag. msgmerge marks a mismatch fuzzy; msgfmt checks the rest.
        # (A file that msgfmt already rejects was reported above.)
        if compiles:
            merged = pathlib.Path(scratch) / 'merged.po'
            result = run([tool('msgmerge'), '--quiet', '--no-fuzzy-matching',
                          f'--output-file={merged}', str(po), str(template)])
            if result.returncode == 0:
                mismatched = [key for key, entry in parse_po(merged).items()
                              if 'fuzzy' in entry['flags'] and key in have
                              and 'fuzzy' not in have[key]['flags']]
                result = run([tool('msgfmt'), '--check-format', '-o', os.devnull, str(merged)])
            else:
                mismatched = []
            if result.returncode != 0 or mismatched:
                problems += max(1, len(mismatched))
                print(f'FAIL: translations in po/{po.name} that do not fit their source string '
                      '(different %s/%d directives, or a changed plural):')
                for key in mismatched:
                    print(f'  po/{po.name}:{have[key]["line"]}: {describe(key)}')
                if result.stderr.strip():
                    print(result.stderr.strip().replace(str(merged), f'po/{po.name} (merged)'))

        unused = [key for key in have if key != (None, '') and key not in wanted]
        if unused:
            print(f'note: {len(unused)} message(s) in po/{po.name} are not in the sources '
                  '(yet, or any more):')
            for key in unused:
                print(f'  po/{po.name}:{have[key]["line"]}: {describe(key)}')

    if problems:
        print(f'{problems} problem(s) with po/{po.name}')
        return 1
    print(f'OK: po/{po.name} translates every message of the sources; nothing fuzzy or untranslated')
    return 0


if __name__ == '__main__':
    sys.exit(main())
