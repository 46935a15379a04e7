#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every kinerja-cli command of the README's "Command line" block as written, in order, in a
folder of its own (with the checkout's tests/ beside it, for the example files), and fails when
one fails: a README must never describe what does not work. The commands on a PostgreSQL server
(postgresql://… at db.bkd.lan) cannot run here and are listed as skipped; test-cli-pg runs the
same commands on a private server.

Usage: check-readme-commands.py SOURCE_ROOT KINERJA_CLI
"""

import os
import re
import shlex
import subprocess
import sys
import tempfile

# Commands whose documented outcome is not 0: distribusi exits 1 when a rule of the pattern is
# broken, which the demo does on purpose in Bidang Pembinaan SMA's Triwulan IV.
ALLOWED = {
    'distribusi': (0, 1),
}


def readme_commands(readme):
    """The commands of the block after "### Command line", continuation lines joined and
    comments dropped, in order."""
    text = open(readme, encoding='utf-8').read()
    section = text.index('### Command line')
    start = text.index('```sh\n', section) + len('```sh\n')
    end = text.index('```', start)
    commands = []
    pending = ''
    for line in text[start:end].splitlines():
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        pending += line
        if pending.endswith('\\'):
            pending = pending[:-1]
            continue
        words = shlex.split(pending, comments=True)
        pending = ''
        if words:
            commands.append(words)
    return commands


def main():
    source_root, cli = sys.argv[1], sys.argv[2]
    commands = readme_commands(os.path.join(source_root, 'README.md'))
    if len(commands) < 40 or commands[0][:2] != ['kinerja-cli', 'demo']:
        print('The README\'s command block was not found whole (%d commands)' % len(commands))
        return 1

    failed = 0
    ran = 0
    with tempfile.TemporaryDirectory(prefix='kinerja-readme-') as folder:
        os.symlink(os.path.join(source_root, 'tests'), os.path.join(folder, 'tests'))
        for name in ('home', 'cache', 'data', 'config'):
            os.mkdir(os.path.join(folder, name))
        env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', HOME=os.path.join(folder, 'home'),
                   XDG_CACHE_HOME=os.path.join(folder, 'cache'),
                   XDG_DATA_HOME=os.path.join(folder, 'data'),
                   XDG_CONFIG_HOME=os.path.join(folder, 'config'))
        env.pop('LANGUAGE', None)
        for words in commands:
            shown = shlex.join(words)
            if words[0] != 'kinerja-cli':
                print('FAIL %s: not a kinerja-cli command' % shown)
                failed += 1
                continue
            if any(w.startswith('postgresql://') for w in words):
                print('SKIP %s: needs the server at db.bkd.lan' % shown)
                continue
            args = [cli] + words[1:]
            stdout = subprocess.PIPE
            if '>' in args:
                # "--csv > bkd.csv": the shell's redirection, done here.
                at = args.index('>')
                stdout = open(os.path.join(folder, args[at + 1]), 'wb')
                args = args[:at]
            run = subprocess.run(args, cwd=folder, env=env, stdout=stdout,
                                 stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=240)
            if stdout is not subprocess.PIPE:
                stdout.close()
            ran += 1
            allowed = ALLOWED.get(words[1], (0,))
            if run.returncode not in allowed:
                failed += 1
                print('FAIL %s: exit %d' % (shown, run.returncode))
                sys.stdout.write(run.stderr.decode('utf-8', 'replace'))
            else:
                print('ok   %s (exit %d)' % (shown, run.returncode))
            # Whatever -o, --xlsx or a redirection names is written.
            for option in ('-o', '--xlsx', '>'):
                if option in words and run.returncode in allowed:
                    target = os.path.join(folder, words[words.index(option) + 1])
                    if not os.path.isfile(target) or os.path.getsize(target) == 0:
                        failed += 1
                        print('FAIL %s: %s was not written' % (shown, target))

    print('%d passed, %d failed' % (ran - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
