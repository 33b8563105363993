#!/usr/bin/env python3
"""Copies the tested day-in-the-life transcript into docs/day-in-the-life.md (make readme)."""
import re
s=open('docs/day-in-the-life.md').read()
t=open('Tests/EndToEndTests/Expected/day-in-the-life.txt').read()
lines=[l if len(l)<=150 else l[:149]+'…' for l in t.rstrip('\n').split('\n')]
start=s.index('# A day in the life')
a=s.index('```text\n',start)
b=s.index('\n```\n',a)
s=s[:a]+'```text\n'+'\n'.join(lines)+s[b:]
open('docs/day-in-the-life.md','w').write(s)
