#!/usr/bin/env python3
"""Compile every diagnostics case (a comprehension with one realistic mistake)
and its hand-written twin (the same mistake in a loop or iterator chain), and
compare what rustc says about each.

    python3 tests/diagnostics/compare.py [--only PATTERN] [--md FILE] [-v]

Run from anywhere; paths are relative to this file. See README.md for the rules.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CASES = HERE / "cases"
TWINS = HERE / "twins"
OUT = HERE / "out"
CARGO_TOML = HERE / "Cargo.toml"
RUNTIME_SRC = REPO / "comp-runtime" / "src"
FACADE_SRC = REPO / "src" / "lib.rs"
TARGET_DIR = os.environ.get("CARGO_TARGET_DIR", "/work/target-diag")

CATEGORIES = {"python-habit", "type", "ownership", "syntax", "async", "try", "lint"}

# ---------------------------------------------------------------------------
# Rules, printed with --rules and at the top of every run.

RULES = """\
Rules
- errors: compiler messages of level `error` for the program, without rustc's
  "aborting due to .." summary (for `lint` cases: messages of level `warning`,
  without the "N warnings emitted" summary).
- on-target: the first counted message's first primary span, read from the
  program's own file, (a) lies inside one occurrence of the case's
  `offending` text (equal to it, or a part of it; an empty span counts when
  it sits within or at the edge of the occurrence), or (b) contains an
  occurrence, on that occurrence's line only (a one-line span), and does
  not point at the macro call: the occurrence is not inside a
  `comp!`/`acomp!` call that the span contains, unless the offending text
  is the call itself (`acomp!((..)).collect()` for `collect()` is the
  user's own expression around the call). A span in a macro's own file (the `macro_rules!`
  wrapper in src/lib.rs, std) is followed to its call site, as rustc
  renders it; a span that stays in another file (the runtime, std) is off.
- internals: a line of the comprehension's rendered diagnostics (numbered
  source lines excepted, which show the user's code) that contains
  `comp_runtime`, `comp-runtime`, `comp_macros`, `comp-macros`, `__private`,
  an expansion's internal name (`__comp_..`), a path to the facade's
  `src/lib.rs`, or, as a whole word, the name of a
  `pub struct|trait|fn|enum` of comp-runtime/src that the facade does not
  re-export at its root as public API (`pub use comp_runtime::..`, the
  documented clause bounds `Iterable`, `AsyncIterable`); names that are also std or
  futures names or words a user writes (listed as `ambiguous` below) count
  only when qualified by one of the crate paths above, except `Owned`,
  `Keep` and `Yield`, which also count unqualified as a type (`Name<` or
  `Name`` in backticks). rustc's own lines "this error
  originates in the macro ..", "in this macro invocation" are not counted.
- verdict (when a twin exists): `worse` if the comprehension names
  internals, panics, has more errors than the twin, is off-target where
  the twin is on-target, or (lint) gives no warning where the twin does; else `better` if it has fewer errors than the twin
  or is on-target where the twin is not; else `same`. No twin: `n/a`.
- cascade: a case with more errors than its twin (extra = the difference).
- broken: a case or twin that gives no error, a `lint` twin (or a twinless
  `lint` case) that gives no warning, a `lint` program that gives an error,
  or a header that is missing or whose offending text is not in the file.
  (A `lint` case that is silent where its twin warns is not broken: it is a
  lost lint, verdict `worse`.)
"""

AMBIGUOUS = {
    # std/futures/tokio names or words users write themselves
    "new", "send", "stream", "iter", "next", "apply", "branch", "fail",
    "failed", "running", "wrap", "capacity", "into_inner", "concurrency",
    "generator", "Iter", "Next", "Try", "Owned", "Keep", "Yield",
    "insert", "finish", "table", "watch", "drain", "values",
    # option keywords users write in `; concurrency = N, spawn` and `; parallel`
    "spawn", "parallel", "unordered",
}
# rustc prints std's `Iter`/`Next` unqualified too (e.g. `FilterMap<Iter<'_, i32>, ..>`),
# so only these three count when unqualified.
AMBIGUOUS_TYPES_UNQUALIFIED = {"Owned", "Keep", "Yield"}

PATH_MARKERS = ["comp_runtime", "comp-runtime", "comp_macros", "comp-macros", "__private", "__comp_"]
IGNORED_LINE = re.compile(
    r"this (error|warning) originates in the (attribute )?macro"
    r"|in this (procedural )?macro (invocation|expansion)"
)
SOURCE_LINE = re.compile(r"^\s*\d+\s*[|:]")
# The facade's own `src/lib.rs` (by its path here, relative, or as a
# published crate), not another crate's (`pin-project-lite-*/src/lib.rs`).
FACADE_LIB = re.compile(
    re.escape(str(FACADE_SRC)) + r"|comprehensions-[^/\s]*/src/lib\.rs|(^|\s)src/lib\.rs"
)


def runtime_names():
    names = set()
    for p in sorted(RUNTIME_SRC.rglob("*.rs")):
        for m in re.finditer(r"\bpub\s+(?:struct|trait|fn|enum)\s+([A-Za-z_][A-Za-z_0-9]*)", p.read_text()):
            names.add(m.group(1))
    return names - public_names()


def public_names():
    """Runtime items the facade re-exports at its root: documented public
    API (the clause bounds rustc names), not internals."""
    public = set()
    for m in re.finditer(r"^pub use comp_runtime::\{?([\w, ]+)\}?;", FACADE_SRC.read_text(), re.M):
        public.update(n.strip() for n in m.group(1).split(",") if n.strip())
    return public


def internal_line(rendered, names):
    """First line of `rendered` naming a crate internal, or None."""
    distinct = sorted(n for n in names if n not in AMBIGUOUS)
    word = re.compile(r"\b(" + "|".join(map(re.escape, distinct)) + r")\b") if distinct else None
    amb = sorted(n for n in names & AMBIGUOUS_TYPES_UNQUALIFIED)
    amb_re = re.compile(r"(?<![\w:])(" + "|".join(amb) + r")(?=<|`)") if amb else None
    for line in rendered.splitlines():
        if IGNORED_LINE.search(line) or SOURCE_LINE.match(line):
            continue
        if any(m in line for m in PATH_MARKERS) or FACADE_LIB.search(line):
            return line
        if word and word.search(line):
            return line
        if amb_re and amb_re.search(line):
            return line
    return None


# ---------------------------------------------------------------------------
# Cases

class Program:
    def __init__(self, path, kind):
        self.path = path
        self.kind = kind  # "case" or "twin"
        self.stem = path.stem
        self.bin = f"{kind}_{self.stem}"
        self.text = path.read_text()
        self.lines = self.text.split("\n")
        self.headers = {}
        for line in self.lines:
            m = re.match(r"^//!\s*(mistake|offending|category|twin-offending)\s*:\s?(.*)$", line)
            if m:
                self.headers[m.group(1)] = m.group(2).rstrip()
        self.messages = []


def discover(only):
    cases = []
    for p in sorted(CASES.glob("*.rs")):
        if only and not re.search(only, p.stem):
            continue
        c = Program(p, "case")
        t = TWINS / p.name
        c.twin = Program(t, "twin") if t.exists() else None
        cases.append(c)
    return cases


def sync_bins():
    """Rewrite Cargo.toml's generated [[bin]] list from cases/ and twins/."""
    entries = []
    for d, kind in ((CASES, "case"), (TWINS, "twin")):
        for p in sorted(d.glob("*.rs")):
            entries.append(f'[[bin]]\nname = "{kind}_{p.stem}"\npath = "{d.name}/{p.name}"\n')
    toml = CARGO_TOML.read_text()
    begin, end = "# BEGIN GENERATED BINS\n", "# END GENERATED BINS\n"
    head, rest = toml.split(begin, 1)
    _, tail = rest.split(end, 1)
    new = head + begin + "".join(entries) + end + tail
    if new != toml:
        CARGO_TOML.write_text(new)


# Programs per `cargo check` call: cargo's planning of one call grows
# faster than its number of `--bin`s (thousands of them took it half an hour
# and most of the machine's memory), so the corpus is checked in chunks.
CHUNK = 600


def run_cargo(programs, verbose):
    """`cargo check` of `programs` in chunks; the last call's process (its
    status the worst of all)."""
    last = None
    for start in range(0, len(programs), CHUNK):
        proc = run_cargo_chunk(programs[start:start + CHUNK], verbose)
        if last is not None and last.returncode != 0 and proc.returncode == 0:
            proc.returncode = last.returncode
        if last is not None:
            proc.stderr = last.stderr + proc.stderr
        last = proc
    return last


def run_cargo_chunk(programs, verbose):
    cmd = ["cargo", "check", "--message-format=json", "--keep-going", "--quiet"]
    for p in programs:
        cmd += ["--bin", p.bin]
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET_DIR)
    env.pop("RUSTFLAGS", None)
    if verbose:
        print("$", " ".join(cmd[:6]), f"... ({len(programs)} --bin)", file=sys.stderr)
    proc = subprocess.run(cmd, cwd=HERE, env=env, capture_output=True, text=True)
    by_bin = {p.bin: p for p in programs}
    seen = set()
    for line in proc.stdout.splitlines():
        if not line.startswith("{"):
            continue
        msg = json.loads(line)
        if msg.get("reason") != "compiler-message":
            continue
        if "diagnostics" not in msg.get("package_id", ""):
            continue
        prog = by_bin.get(msg["target"]["name"])
        if prog is None:
            continue
        # cargo may replay one message twice (for example on a rerun); keep order, drop exact repeats
        key = (prog.bin, msg["message"].get("rendered"))
        if key in seen:
            continue
        seen.add(key)
        prog.messages.append(msg["message"])
    return proc


def is_summary(m):
    text = m.get("message", "")
    return (
        m["level"] in ("failure-note", "note", "help")
        or text.startswith("aborting due to")
        or re.match(r"^\d+ warnings? emitted", text)
        or re.match(r"^\d+ (previous )?errors?", text)
    )


def counted(prog, lint):
    level = "warning" if lint else "error"
    return [m for m in prog.messages if m["level"] == level and not is_summary(m)]


def errors_of(prog):
    return [m for m in prog.messages if m["level"] == "error" and not is_summary(m)]


def offsets(prog, line, col):
    """(line, column) of a rustc span, both 1-based, as (line_index, char_index)."""
    return line - 1, col - 1


def span_text(prog, sp):
    l1, c1 = offsets(prog, sp["line_start"], sp["column_start"])
    l2, c2 = offsets(prog, sp["line_end"], sp["column_end"])
    if not (0 <= l1 <= l2 < len(prog.lines)):
        return ""  # a span rustc joined across files: not the user's tokens
    if l1 == l2:
        return prog.lines[l1][c1:c2]
    parts = [prog.lines[l1][c1:]] + prog.lines[l1 + 1:l2] + [prog.lines[l2][:c2]]
    return "\n".join(parts)


def on_target(prog, msg, offending):
    """Apply the on-target rule to `msg`'s first primary span. Returns (bool, span text or reason)."""
    if msg is None:
        return False, "(no diagnostic)"
    prim = [s for s in msg.get("spans", []) if s.get("is_primary")]
    if not prim:
        return False, "(no primary span)"
    sp = prim[0]

    def in_program(span):
        fname = span["file_name"]
        return Path(fname if os.path.isabs(fname) else HERE / fname).resolve() == prog.path.resolve()

    # A span inside a macro's own code (the `macro_rules!` wrapper, std's
    # macros) is shown by rustc at the macro's call site: follow the same chain.
    while not in_program(sp) and sp.get("expansion"):
        sp = sp["expansion"]["span"]
    if not in_program(sp):
        return False, f"(span in {sp['file_name']})"
    l1, c1 = offsets(prog, sp["line_start"], sp["column_start"])
    l2, c2 = offsets(prog, sp["line_end"], sp["column_end"])
    text = span_text(prog, sp)
    for li, line in enumerate(prog.lines):
        if line.lstrip().startswith("//"):
            continue
        start = line.find(offending)
        while start != -1:
            end = start + len(offending)
            # (a) the span lies inside the occurrence
            if l1 == l2 == li and start <= c1 and c2 <= end:
                return True, text
            # (b) a one-line span on the occurrence's line that contains it
            if l1 == l2 == li and c1 <= start and end <= c2:
                if not re.search(r"\ba?comp!", offending) and in_macro_call(text, start - c1):
                    pass
                else:
                    return True, text
            start = line.find(offending, start + 1)
    return False, text


def in_macro_call(text, at):
    """Whether offset `at` of a span's `text` lies inside a `comp!`/`acomp!`
    call in it (a span whose offending text is inside a macro call it
    contains points at the call, not at the mistake; one whose offending
    text is outside, `acomp!(..).collect()` for `collect()`, points at the
    user's own expression around the call)."""
    for m in re.finditer(r"\ba?comp!\s*[\[({]", text):
        depth, i = 0, m.end() - 1
        while i < len(text):
            depth += text[i] in "[({"
            depth -= text[i] in "])}"
            if depth == 0:
                break
            i += 1
        if m.start() <= at <= i:
            return True
    return False


def offending_found(prog, offending):
    return any(offending in line for line in prog.lines if not line.lstrip().startswith("//"))


def rendered(prog):
    return "".join(m.get("rendered") or "" for m in prog.messages)


def first_line(msg):
    if msg is None:
        return "(none)"
    r = (msg.get("rendered") or msg.get("message", "")).splitlines()
    return r[0] if r else msg.get("message", "")


class Row:
    pass


def analyse(case, names):
    r = Row()
    r.case = case
    lint = case.headers.get("category") == "lint"
    r.lint = lint
    r.problems = []
    for h in ("mistake", "offending", "category"):
        if not case.headers.get(h):
            r.problems.append(f"missing header `{h}`")
    if case.headers.get("category") and case.headers["category"] not in CATEGORIES:
        r.problems.append(f"unknown category `{case.headers['category']}`")
    off = case.headers.get("offending", "")
    if off and not offending_found(case, off):
        r.problems.append("offending text not found in the case")

    msgs = counted(case, lint)
    r.n = len(msgs)
    r.first = msgs[0] if msgs else None
    r.on, r.span = on_target(case, r.first, off) if off else (False, "")
    r.internal = internal_line(rendered(case), names)
    r.panic = "proc macro panicked" in rendered(case) or "proc-macro derive panicked" in rendered(case)
    if r.n == 0 and not lint:
        r.problems.append("case gives no error")
    if lint and errors_of(case):
        r.problems.append("lint case gives an error")

    t = case.twin
    r.twin = t
    if t is not None:
        toff = t.headers.get("twin-offending") or t.headers.get("offending") or off
        if toff and not offending_found(t, toff):
            r.problems.append("offending text not found in the twin (add `//! offending:` to the twin)")
        tm = counted(t, lint)
        r.tn = len(tm)
        r.tfirst = tm[0] if tm else None
        r.ton, r.tspan = on_target(t, r.tfirst, toff) if toff else (False, "")
        if r.tn == 0:
            r.problems.append("twin gives no " + ("warning" if lint else "error"))
        if lint and errors_of(t):
            r.problems.append("lint twin gives an error")
        lost_lint = lint and r.n == 0 and r.tn > 0
        if r.internal or r.panic or lost_lint or r.n > r.tn or (r.ton and not r.on):
            r.verdict = "worse"
        elif r.n < r.tn or (r.on and not r.ton):
            r.verdict = "better"
        else:
            r.verdict = "same"
    else:
        r.tn = r.ton = r.tfirst = None
        r.verdict = "n/a"
        if lint and r.n == 0:
            r.problems.append("lint case gives no warning")
    return r


def yn(b):
    return "yes" if b else "no"


def table(rows):
    out = ["| case | category | errors comp/hand | on-target comp/hand | internals | verdict |",
           "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        unit = "" if not r.lint else " (warn)"
        hand = "-" if r.twin is None else str(r.tn)
        thand = "-" if r.twin is None else yn(r.ton)
        flag = " **broken**" if r.problems else ""
        out.append(
            f"| {r.case.stem} | {r.case.headers.get('category', '?')} | {r.n}/{hand}{unit} | "
            f"{yn(r.on)}/{thand} | {'yes' if r.internal else '-'} | {r.verdict}{flag} |"
        )
    return "\n".join(out) + "\n"


def by_category(rows):
    """The summary per category, as the README's Diagnostics table."""
    out = ["| category | cases | one error | on target | internals | more errors than by hand | worse / same / better (no twin) |",
           "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    groups = {}
    for r in rows:
        groups.setdefault(r.case.headers.get("category", "?"), []).append(r)
    for name, rs in sorted(groups.items()) + [("all", rows)]:
        v = {k: sum(r.verdict == k for r in rs) for k in ("worse", "same", "better", "n/a")}
        casc = sum(r.twin is not None and r.n > r.tn for r in rs)
        label = f"**{name}**" if name == "all" else name
        out.append(
            f"| {label} | {len(rs)} | {sum(r.n == 1 for r in rs)} | {sum(r.on for r in rs)} | "
            f"{sum(bool(r.internal) for r in rs)} | {casc} | "
            f"{v['worse']} / {v['same']} / {v['better']} ({v['n/a']}) |"
        )
    return "\n".join(out) + "\n"


def summary(rows, secs):
    n = len(rows)
    one = sum(r.n == 1 for r in rows)
    on = sum(r.on for r in rows)
    internals = sum(bool(r.internal) for r in rows)
    casc = [r for r in rows if r.twin is not None and r.n > r.tn]
    extra = sum(r.n - r.tn for r in casc)
    panics = sum(r.panic for r in rows)
    v = {k: sum(r.verdict == k for r in rows) for k in ("worse", "same", "better", "n/a")}
    broken = sum(bool(r.problems) for r in rows)
    return (
        f"cases: {n}, exactly one error: {one}, on-target: {on}, internals: {internals}, "
        f"cascades: {len(casc)} (+{extra} errors beyond the twin), panics: {panics}, "
        f"worse/same/better: {v['worse']}/{v['same']}/{v['better']} (no twin: {v['n/a']}), "
        f"broken: {broken}, time: {secs:.0f}s"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="regex on the case name (NNN_short_name)")
    ap.add_argument("--md", help="also write the Markdown table and summary to FILE")
    ap.add_argument("-v", "--verbose", action="store_true", help="print details of worse/broken cases")
    ap.add_argument("--rules", action="store_true", help="print the rules and exit")
    args = ap.parse_args()
    if args.rules:
        print(RULES)
        return 0

    names = runtime_names()
    cases = discover(args.only)
    if not cases:
        print("no case matches", file=sys.stderr)
        return 2
    sync_bins()
    programs = [p for c in cases for p in ([c] + ([c.twin] if c.twin else []))]
    t0 = time.time()
    proc = run_cargo(programs, args.verbose)
    secs = time.time() - t0
    if "error: no bin target named" in proc.stderr or "failed to parse manifest" in proc.stderr or (
        proc.returncode != 0 and not any(p.messages for p in programs)
    ):
        print(proc.stderr, file=sys.stderr)
        return 2

    rows = [analyse(c, names) for c in cases]

    OUT.mkdir(exist_ok=True)
    for r in rows:
        (OUT / f"{r.case.stem}.txt").write_text(rendered(r.case))
        if r.twin is not None:
            (OUT / f"{r.case.stem}.twin.txt").write_text(rendered(r.twin))

    print(RULES)
    ambiguous = sorted(names & AMBIGUOUS)
    print(f"runtime names ({len(names)}; ambiguous, qualified only: {', '.join(ambiguous)})\n")
    tab = table(rows)
    summ = summary(rows, secs)
    print(tab)

    worse = [r for r in rows if r.verdict == "worse"]
    if worse:
        print("## worse\n")
        for r in worse:
            why = []
            if r.internal:
                why.append("internals")
            if r.panic:
                why.append("panic")
            if r.n > r.tn:
                why.append(f"{r.n} errors vs {r.tn}")
            if r.ton and not r.on:
                why.append(f"off-target (span `{r.span}`)")
            print(f"- {r.case.stem}: {', '.join(why)}; comp: {first_line(r.first)}; hand: {first_line(r.tfirst)}")
        print()
    inter = [r for r in rows if r.internal]
    if inter:
        print("## internals named\n")
        for r in inter:
            print(f"- {r.case.stem}: `{r.internal.strip()}`")
        print()
    off = [r for r in rows if not r.on and not r.problems]
    if off:
        print("## comprehension off-target\n")
        for r in off:
            print(f"- {r.case.stem}: offending `{r.case.headers.get('offending')}`, first span `{r.span}`")
        print()
    broken = [r for r in rows if r.problems]
    if broken:
        print("## broken\n")
        for r in broken:
            print(f"- {r.case.stem}: {'; '.join(r.problems)}")
        print()
    print(by_category(rows))
    print(summ)
    if args.md:
        Path(args.md).write_text(tab + "\n" + by_category(rows) + "\n" + summ + "\n")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
