#!/usr/bin/env python3
"""IDE probe: how rust-analyzer serves code inside `comp!`/`acomp!`, complete
and half-typed, against the same code written by hand.

    python3 tests/ide/probe.py            # print the table, exit 0
    python3 tests/ide/probe.py --check    # exit 1 if a comprehension is worse than its twin

It writes the probe crate's sources (tests/ide/probe-crate/src/, from
probes.py), starts rust-analyzer on that crate (flycheck off, so only
rust-analyzer's own analysis counts), waits until it is quiescent, asks every
probe's question at its cursor until two passes in a row give the same
answers, and prints a table. See tests/ide/README.md.
"""

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import textwrap
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the probe
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import lsp  # noqa: E402
import probes as probe_defs  # noqa: E402
import report  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
CRATE = HERE / "probe-crate"
SIDES = ("comp", "hand")
MAX_PASSES = 6


# -- generating the crate ---------------------------------------------------------


class Unit:
    """One generated function: a body (one side of one or more probes)."""

    def __init__(self, side, fn_name, sig, body):
        self.side, self.fn_name, self.sig, self.body = side, fn_name, sig, body
        self.path = None            # relative to the crate
        self.lines = None           # (first, last) 0-based lines of the function
        self.diag_lines = None      # the lines whose diagnostics are the function's
        self.cursors = {}           # probe name -> (line, character)
        self.macro_pos = None       # (line, character) of the first `comp!`/`acomp!`

    def render(self, name):
        sig = self.sig.replace("fn probe(", f"fn {name}(")
        return f"pub {sig} {{\n{textwrap.indent(self.body, '    ')}\n}}\n"


def slug(name):
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def build_units(probes):
    """Units per side; probes whose code differs only in the cursor share one."""
    units = {side: {} for side in SIDES}
    marked = {}
    for probe in probes:
        for side in SIDES:
            text = getattr(probe, side)
            key = (probe.sig, text.replace("$0", ""))
            if key not in units[side]:
                units[side][key] = Unit(side, slug(probe.name), *key)
            marked[(probe.name, side)] = (units[side][key], text)
    return units, marked


def position(unit, prefix):
    """The LSP position just after `prefix`, a prefix of the unit's body."""
    line = unit.lines[0] + 1 + prefix.count("\n")
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 4  # 4: the body's indent


def place(units, marked, layout):
    """Lay the units out in files (split: one each; shared: one per side)."""
    files = {}
    for side in SIDES:
        mod = f"src/probe_{side}"
        shared = probe_defs.HEADER
        for unit in units[side].values():
            if layout == "split":
                unit.path = f"{mod}/{unit.fn_name}.rs"
                head = probe_defs.HEADER + "\n"
                files[unit.path] = head + unit.render("probe")
                first = head.count("\n")
            else:
                unit.path = f"{mod}/mod.rs"
                shared += "\n"
                first = shared.count("\n")
                shared += unit.render(unit.fn_name)
            unit.lines = (first, first + unit.render("probe").count("\n") - 1)
            # In a file of its own, all of the file's errors are the function's.
            unit.diag_lines = (0, 10**9) if layout == "split" else unit.lines
            m = re.search(r"\ba?comp!", unit.body)
            unit.macro_pos = m and position(unit, unit.body[: m.start()])
        files[f"{mod}/mod.rs"] = shared if layout == "shared" else "".join(
            f"pub mod {u.fn_name};\n" for u in units[side].values())
    for (name, side), (unit, text) in marked.items():
        unit.cursors[name] = position(unit, text[: text.index("$0")])
    files["src/lib.rs"] = probe_defs.LIB_RS + "\npub mod probe_comp;\npub mod probe_hand;\n"
    return files


def write_crate(files):
    src = CRATE / "src"
    if src.exists():
        shutil.rmtree(src)
    for rel, text in files.items():
        path = CRATE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def def_lines():
    """`// def:<key>` markers of LIB_RS -> 0-based line."""
    out = {}
    for i, line in enumerate(probe_defs.LIB_RS.splitlines()):
        m = re.search(r"// def:(\w+)", line)
        if m:
            out[m.group(1)] = i
    return out


# -- talking to rust-analyzer ---------------------------------------------------------


def start_server(ra, target_dir):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir))
    log = pathlib.Path(target_dir) / "ide-probe-rust-analyzer.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    caps = {
        "textDocument": {
            "completion": {"completionItem": {"snippetSupport": False}},
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "definition": {"linkSupport": True},
            "publishDiagnostics": {"relatedInformation": False},
            "diagnostic": {"dynamicRegistration": False},
            "synchronization": {"didSave": False},
        },
        "window": {"workDoneProgress": True},
        "experimental": {"serverStatusNotification": True},
    }
    options = {
        "checkOnSave": False,                 # no flycheck: rust-analyzer's own analysis only
        "cargo": {"buildScripts": {"enable": True}},  # builds the proc macros
        "procMacro": {"enable": True},
        "diagnostics": {"enable": True, "experimental": {"enable": False}},
        "cachePriming": {"enable": True},
    }
    client = lsp.Client([ra], cwd=str(CRATE), stderr_path=str(log), env=env,
                        settings=options)
    init = client.request("initialize", {
        "processId": os.getpid(),
        "rootUri": CRATE.as_uri(),
        "workspaceFolders": [{"uri": CRATE.as_uri(), "name": "probe-crate"}],
        "capabilities": caps,
        "initializationOptions": options,
    }, timeout=60)
    client.notify("initialized", {})
    return client, init.get("capabilities", {}), log


def open_files(client, files):
    for rel, text in files.items():
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": (CRATE / rel).as_uri(), "languageId": "rust", "version": 1, "text": text}})


def wait_ready(client, timeout):
    """Quiescent, no progress running, and so for a settled second."""
    def ready(c):
        return bool(c.status and c.status.get("quiescent")) and not c.progress
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not client.wait_until(ready, deadline - time.monotonic()):
            return False
        time.sleep(1.0)
        if ready(client):
            return True
    return False


def names_of(result):
    items = result.get("items", []) if isinstance(result, dict) else (result or [])
    names = set()
    for item in items:
        # The label as shown: `score()`, `count_ones(alias popcount, popcnt)`.
        m = re.match(r"[A-Za-z_]\w*", item.get("label") or item.get("filterText", ""))
        if m:
            names.add(m.group(0))
    return sorted(names)


def hover_text(result):
    if not result:
        return None
    contents = result.get("contents")
    if isinstance(contents, dict):
        return contents.get("value", "")
    if isinstance(contents, list):
        return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)
    return str(contents)


def locations(result):
    if not result:
        return []
    result = result if isinstance(result, list) else [result]
    out = []
    for loc in result:
        uri = loc.get("targetUri") or loc.get("uri")
        rng = loc.get("targetSelectionRange") or loc.get("range")
        path = uri.split(CRATE.as_uri() + "/", 1)[-1] if uri.startswith(CRATE.as_uri()) else uri
        out.append((path, rng["start"]["line"]))
    return sorted(out)


def ask(client, kind, uri, pos):
    """The server's answer, reduced to what judging and stability need."""
    params = {"textDocument": {"uri": uri}, "position": {"line": pos[0], "character": pos[1]}}
    try:
        return ask_once(client, kind, params)
    except lsp.LspError:  # an internal error of the server counts as no answer
        return None if kind == "hover" else ()


def ask_once(client, kind, params):
    if kind == "complete":
        params["context"] = {"triggerKind": 1}
        return tuple(names_of(client.request_retrying("textDocument/completion", params)))
    if kind == "hover":
        return hover_text(client.request_retrying("textDocument/hover", params))
    return tuple(locations(client.request_retrying("textDocument/definition", params)))


def pull_diagnostics(client, uri):
    result = client.request_retrying(
        "textDocument/diagnostic", {"textDocument": {"uri": uri}})
    return (result or {}).get("items", [])


def expansions(client, units):
    """rust-analyzer's own expansion of each comprehension unit, on one line."""
    out = {}
    for unit in units["comp"].values():
        if unit.macro_pos:
            line, col = unit.macro_pos
            res = client.request_retrying("rust-analyzer/expandMacro", {
                "textDocument": {"uri": (CRATE / unit.path).as_uri()},
                "position": {"line": line, "character": col}})
            out[id(unit)] = " ".join((res or {}).get("expansion", "null").split())
    return out


def one_pass(client, probes, marked, paths, pull):
    answers = {}
    for probe in probes:
        for side in SIDES:
            unit, _ = marked[(probe.name, side)]
            uri = (CRATE / unit.path).as_uri()
            answers[(probe.name, side)] = ask(client, probe.kind, uri, unit.cursors[probe.name])
    diags = {}
    for path in paths:
        uri = (CRATE / path).as_uri()
        items = pull_diagnostics(client, uri) if pull else client.diagnostics.get(uri, [])
        diags[path] = tuple(sorted(
            (d["range"]["start"]["line"], d["range"]["start"]["character"],
             d.get("severity", 1), str(d.get("code", "")), d.get("message", ""))
            for d in items))
    return answers, diags


# -- main -------------------------------------------------------------------------------


def skip(msg):
    print(f"SKIPPED: {msg}")
    sys.exit(0)


def preflight():
    ra = shutil.which("rust-analyzer")
    if not ra:
        skip("rust-analyzer not installed (rustup component add rust-analyzer)")
    ver = subprocess.run([ra, "--version"], capture_output=True, text=True)
    if ver.returncode != 0:  # the rustup proxy without the component
        skip("rust-analyzer not installed (rustup component add rust-analyzer)")
    rustc = shutil.which("rustc")
    sysroot = rustc and subprocess.run([rustc, "--print", "sysroot"], cwd=CRATE,
                                       capture_output=True, text=True).stdout.strip()
    if not sysroot or not (pathlib.Path(sysroot) / "lib/rustlib/src/rust/library").is_dir():
        skip("rust-src not installed (rustup component add rust-src):"
             " without std's sources rust-analyzer types nothing")
    return ra, ver.stdout.strip()


def code_under_test():
    """The commit of the comp crate being probed, and whether its sources differ."""
    root = CRATE.parent.parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "comp-macros/src",
                                "comp-runtime/src", "src"], cwd=root,
                               capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"comp at {root}"
    return f"comp at {head}{' + uncommitted changes' if dirty else ''}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if any comprehension probe is worse than its hand twin")
    ap.add_argument("--layout", choices=("split", "shared"), default="split",
                    help="split: one file per probe body (default); shared: one file"
                         " per side, to see whether a broken function disturbs others")
    ap.add_argument("--filter", default="", help="only probes whose name matches this regex")
    ap.add_argument("--write-only", action="store_true",
                    help="write the probe crate's sources and stop")
    ap.add_argument("--verbose", action="store_true", help="print every answer")
    ap.add_argument("--expand", action="store_true",
                    help="print rust-analyzer's expansion of each failing comprehension")
    ap.add_argument("--timeout", type=float, default=600,
                    help="seconds to wait for rust-analyzer to become quiescent")
    ap.add_argument("--target-dir", default=os.environ.get("CARGO_TARGET_DIR")
                    or str(CRATE / "target"),
                    help="cargo target dir for rust-analyzer's build-script run")
    args = ap.parse_args()

    started = time.monotonic()
    probes = [p for p in probe_defs.PROBES if re.search(args.filter, p.name)]
    units, marked = build_units(probes)
    files = place(units, marked, args.layout)
    write_crate(files)
    if args.write_only:
        print(f"wrote {len(files)} files under {CRATE / 'src'}")
        return 0
    ra, version = preflight()
    print(f"{version}; {code_under_test()}; {len(probes)} probes,"
          f" {len(files)} files ({args.layout} layout)")

    client, caps, log = start_server(ra, args.target_dir)
    try:
        pull = bool(caps.get("diagnosticProvider"))
        open_files(client, files)
        if not wait_ready(client, args.timeout):
            print(f"rust-analyzer not quiescent after {args.timeout:.0f}s; see {log}")
            return 1
        ready_at = time.monotonic() - started
        status = client.status or {}
        if status.get("health", "ok") != "ok":  # e.g. the proc macros did not build
            print(f"WARNING: rust-analyzer health {status.get('health')}:"
                  f" {(status.get('message') or '').strip()}\n(if the macro crate did not"
                  " build, every comprehension probe fails for that reason)")
        if not pull:  # wait until every open file has had its diagnostics pushed
            uris = {(CRATE / rel).as_uri() for rel in files}
            client.wait_until(lambda c: uris <= set(c.diagnostics), 60)
        paths = sorted({u.path for side in SIDES for u in units[side].values()})
        previous, passes = None, 0
        while passes < MAX_PASSES:
            passes += 1
            current = one_pass(client, probes, marked, paths, pull)
            if current == previous:
                break
            previous = current
            time.sleep(1.0)
        else:
            print(f"WARNING: answers still changing after {MAX_PASSES} passes")
        answers, diags = current
        expanded = expansions(client, units) if args.expand else {}
    finally:
        client.shutdown()
    elapsed = time.monotonic() - started
    print(f"ready after {ready_at:.0f}s; stable after {passes} passes;"
          f" diagnostics {'pulled' if pull else 'pushed'}\n")
    if args.verbose:
        print("server progress (seconds since start):")
        for at, kind, title in client.progress_log:
            print(f"  {at:6.1f}  {kind:<6} {title}")
        print()
    worse = report.report(probes, marked, answers, diags, def_lines(), args.verbose, expanded)
    print(f"\nelapsed: {elapsed:.0f}s")
    if args.check and worse:
        print(f"CHECK FAILED: {len(worse)} comprehension probes worse than their hand twins")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
