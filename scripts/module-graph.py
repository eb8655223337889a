#!/usr/bin/env python3
"""The module graph of keywright's src/: which top-level module uses which,
and, inside each folder, which file uses which sibling (tests left out).
Prints the graph and any circle; exits 1 when there is one.

    scripts/module-graph.py [SRC]
"""
import os, re, collections, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'src'
files = {}
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.rs'):
            p = os.path.join(d, f)
            rel = os.path.relpath(p, root)
            parts = rel[:-3].split('/')
            if parts[-1] == 'mod': parts = parts[:-1]
            files[tuple(parts)] = open(p).read()
def strip_tests(t):
    i = t.find('#[cfg(test)]')
    return t if i < 0 else t[:i]
mods = set(k[0] for k in files if k and k[0] not in ('lib', 'main'))
top = collections.defaultdict(set)
inner = collections.defaultdict(lambda: collections.defaultdict(set))
for path, text in files.items():
    if not path or path[0] in ('lib', 'main'): continue
    text = strip_tests(text)
    for m in re.findall(r'crate::([a-z_]+)', text):
        if m in mods and m != path[0]: top[path[0]].add(m)
    # siblings in the same folder
    folder = path[:-1]
    if not folder: continue
    sibs = set(k[len(folder)] for k in files if len(k) > len(folder) and k[:len(folder)] == folder)
    me = path[len(folder)]
    for m in re.findall(r'super::([a-z_]+)', text):
        if m in sibs and m != me: inner[folder][me].add(m)
    pre = 'crate::' + '::'.join(folder) + '::'
    for m in re.findall(re.escape(pre) + r'([a-z_]+)', text):
        if m in sibs and m != me: inner[folder][me].add(m)
def cycles(g):
    out = []
    for a in sorted(g):
        seen, st = set(), [a]
        while st:
            x = st.pop()
            for y in g.get(x, ()):
                if y == a: out.append(a)
                if y not in seen: seen.add(y); st.append(y)
    return sorted(set(out))
print('top-level modules:')
for m in sorted(mods): print(f'  {m} -> {", ".join(sorted(top[m])) or "-"}')
print('in a circle between top-level modules:', cycles(top) or 'none')
circles = bool(cycles(top))
for folder, g in sorted(inner.items()):
    c = cycles(g)
    if c:
        circles = True
        print('in a circle inside', '/'.join(folder) + ':', c, {k: sorted(v) for k, v in g.items() if k in c})
if not circles:
    print('inside every folder: no circle')
sys.exit(1 if circles else 0)
