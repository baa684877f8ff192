#!/usr/bin/env python3
"""Security expressions defined once per module (issue 10, decision 0054).

Replaces every @PreAuthorize("<expression>") under src/main/java/org/advocacy/<module>/ by a constant of that
module's <Module>Permissions class (written or extended here), e.g. @PreAuthorize(FeedbackPermissions.MANAGER_OR_HR).
Role lists inside hasAnyRole are put in one order (EMPLOYEE, MANAGER, HR, LEADER, ADMIN), so one rule is one
constant. Re-runnable after a merge: constants already in a Permissions class are kept and reused, files without a
string expression are left alone. Commit the result; PermissionsTest checks every constant.

Usage (from the work tree's root): python3 docs/scripts/permissions-once-per-module.py [module ...]
Without modules: every module under src/main/java/org/advocacy.
"""
import collections
import os
import re
import sys

ROOT = 'src/main/java/org/advocacy/'
ORDER = ['EMPLOYEE', 'MANAGER', 'HR', 'LEADER', 'ADMIN']
NAMES = {"isAuthenticated()": "SIGNED_IN", "permitAll()": "ANYONE"}
SCOPES = {'metrics:read': 'METRICS', 'pulse:import': 'PULSE_IMPORT', 'feedback:write': 'FEEDBACK_WRITE',
          'hr:read': 'HR_READ', 'admin': 'ADMIN'}


def canonical(expr):
    def roles(m):
        rs = sorted((r.strip().strip("'") for r in m.group(1).split(',')), key=ORDER.index)
        return "hasAnyRole(%s)" % ','.join("'%s'" % r for r in rs)
    return re.sub(r"hasAnyRole\(([^)]*)\)", roles, expr)


def constant_name(expr):
    if expr in NAMES:
        return NAMES[expr]
    parts = []
    for m in re.finditer(r"hasRole\('(\w+)'\)|hasAnyRole\(([^)]*)\)|hasAuthority\('SCOPE_([\w:]+)'\)"
                         r"|hasAnyAuthority\(([^)]*)\)", expr):
        if m.group(1):
            parts.append(m.group(1))
        elif m.group(2):
            parts += [r.strip().strip("'") for r in m.group(2).split(',')]
        elif m.group(3):
            parts.append(SCOPES[m.group(3)] + '_TOKEN')
        else:
            parts += [SCOPES[a.strip().strip("'")[len('SCOPE_'):]] + '_TOKEN' for a in m.group(4).split(',')]
    return parts[0] if len(parts) == 1 else '_'.join(parts[:-1]) + '_OR_' + parts[-1]


def add_import(source, name):
    line = 'import %s;' % name
    if line in source:
        return source
    lines = source.split('\n')
    imports = [i for i, l in enumerate(lines) if l.startswith('import ') and not l.startswith('import static')]
    at = next((i for i in imports if lines[i][len('import '):] > name + ';'), imports[-1] + 1)
    lines.insert(at, line)
    return '\n'.join(lines)


def constant_line(name, expr):
    line = '    public static final String %s = "%s";' % (name, expr)
    if len(line) <= 120 or ' or ' not in expr:
        return line
    cut = expr.index(' or ')
    return '    public static final String %s = "%s"\n            + "%s";' % (name, expr[:cut], expr[cut:])


def run(module):
    cls = module[0].upper() + module[1:] + 'Permissions'
    path = ROOT + module + '/' + cls + '.java'
    constants = collections.OrderedDict()
    if os.path.exists(path):
        text = re.sub(r'"\s*\n\s*\+\s*"', '', open(path).read())
        for m in re.finditer(r'static final String (\w+) = "(.*)";', text):
            constants[m.group(2)] = m.group(1)
    changed = 0
    for folder, _, files in os.walk(ROOT + module):
        for f in sorted(files):
            p = os.path.join(folder, f)
            if not f.endswith('.java') or '@PreAuthorize("' not in open(p).read():
                continue

            def replace(m):
                e = canonical(m.group(1))
                constants.setdefault(e, constant_name(e))
                return '@PreAuthorize(%s.%s)' % (cls, constants[e])
            s = re.sub(r'@PreAuthorize\("([^"]*)"\)', replace, open(p).read())
            if re.search(r'^package ([\w.]+);', s, re.M).group(1) != 'org.advocacy.' + module:
                s = add_import(s, 'org.advocacy.%s.%s' % (module, cls))
            open(p, 'w').write(s)
            changed += 1
    if not constants:
        return
    assert len(set(constants.values())) == len(constants), constants
    body = '\n'.join(constant_line(n, e) for e, n in constants.items())
    open(path, 'w').write('''package org.advocacy.%s;

/**
 * Who may call this module's secured methods: each {@code @PreAuthorize} expression of the module, written once.
 * Roles are those of docs/domain-rules.md#roles; {@code SCOPE_*} authorities are API tokens' scopes.
 */
public final class %s {

%s

    private %s() {
    }
}
''' % (module, cls, body, cls))
    print('%s: %d files, %d constants' % (module, changed, len(constants)))


if __name__ == '__main__':
    for m in sys.argv[1:] or sorted(d for d in os.listdir(ROOT) if os.path.isdir(ROOT + d)):
        run(m)
