#!/usr/bin/env python3
# Checks the layout HACKING.md describes, so that it cannot rot quietly:
#  1. every .c file under src/ lives in the folder of its subsystem;
#  2. a library includes only its own headers and those of the libraries
#     before it in the data flow (base <- kbc ; schema <- kb <- dose <- handout <- app, cli);
#  3. within a folder, no two files call each other in a circle.
# Usage: check-layering.py SRC_DIR   (prints one line per problem, exit 1)
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else 'src'

# folder -> the folders whose headers it may include (besides its own)
ALLOWED = {
    'base': [],
    'kb/schema': [],
    'kbc': ['base', 'kb/schema'],
    'kb': ['base', 'kb/schema', 'kb/records'],
    'kb/records': ['kb'],
    'dose': ['base', 'kb/schema', 'kb', 'kb/records'],
    'handout': ['base', 'kb/schema', 'kb', 'kb/records', 'dose'],
    'app': ['base', 'kb/schema', 'kb', 'kb/records', 'dose', 'handout', 'app/pages', 'app/widgets'],
    'app/pages': ['base', 'kb/schema', 'kb', 'kb/records', 'dose', 'handout', 'app', 'app/widgets'],
    'app/widgets': ['base', 'kb/schema', 'kb', 'kb/records', 'dose', 'handout', 'app', 'app/pages'],
    'cli': ['base', 'kb/schema', 'kb', 'kb/records', 'dose', 'handout'],
}

problems = []
headers = {}   # "mg-foo.h" -> folder
files = {}     # folder -> [paths]
for root, _, names in os.walk(src):
    folder = os.path.relpath(root, src)
    for name in names:
        if not name.endswith(('.c', '.h')):
            continue
        if folder not in ALLOWED:
            problems.append('%s/%s: not in the folder of a subsystem' % (folder, name))
            continue
        files.setdefault(folder, []).append(os.path.join(root, name))
        if name.endswith('.h'):
            headers[name] = folder

include_re = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
for folder, paths in sorted(files.items()):
    for path in sorted(paths):
        text = open(path, encoding='utf-8').read()
        for header in include_re.findall(text):
            owner = headers.get(os.path.basename(header))
            if owner is None or owner == folder:
                continue
            if owner not in ALLOWED[folder]:
                problems.append('%s: includes %s from %s, which %s may not use'
                                % (os.path.relpath(path, src), header, owner, folder))

# Calls between the .c files of one folder: a function defined (not static)
# in one file and named in another.
define_re = re.compile(r'^(?!static)[A-Za-z_][\w \*]*?\n?(\w+)\s*\([^;]*?\)\s*\n\{', re.M)
word_re = re.compile(r'\b\w+\b')
for folder, paths in sorted(files.items()):
    sources = [p for p in paths if p.endswith('.c') and os.path.basename(p) != 'main.c']
    defined = {}
    texts = {}
    for path in sources:
        text = open(path, encoding='utf-8').read()
        text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
        text = re.sub(r'"(\\.|[^"\\])*"', '""', text)
        texts[path] = text
        for name in define_re.findall(text):
            defined[name] = path
    calls = {p: set() for p in sources}
    for path, text in texts.items():
        for word in set(word_re.findall(text)):
            target = defined.get(word)
            if target is not None and target != path:
                calls[path].add(target)

    # Files that reach each other form a circle: report each group once.
    reach = {p: set() for p in sources}
    for path in sources:
        todo = list(calls[path])
        while todo:
            target = todo.pop()
            if target not in reach[path]:
                reach[path].add(target)
                todo.extend(calls[target])
    reported = set()
    for path in sorted(sources):
        group = frozenset([path] + [t for t in reach[path] if path in reach[t]])
        if len(group) > 1 and group not in reported:
            reported.add(group)
            problems.append('%s: files call each other in a circle: %s' % (
                folder, ', '.join(sorted(os.path.basename(p) for p in group))))

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
