"""Judging rust-analyzer's answers and printing the table.

A probe's side (comprehension or hand twin) succeeds when its answer meets
the probe's expectation (see probes.py); its diagnostics are the error-severity
diagnostics rust-analyzer reports in its function. A comprehension is worse
than its twin when it fails where the twin succeeds, or has more errors.
"""

ERROR = 1  # LSP DiagnosticSeverity.Error


class Side:
    def __init__(self, unit, ok, what, errors):
        self.unit, self.ok, self.what, self.errors = unit, ok, what, errors


class Row:
    def __init__(self, probe, comp, hand):
        self.probe, self.comp, self.hand = probe, comp, hand

    @property
    def worse(self):
        return ((self.hand.ok and not self.comp.ok)
                or len(self.comp.errors) > len(self.hand.errors))

    @property
    def hand_broken(self):
        """A hand twin that fails, or has errors in complete code: a bad probe."""
        return not self.hand.ok or (self.hand.errors and not self.probe.half)


def judge(probe, answer, defs):
    """(success, what rust-analyzer returned, in a few words)."""
    if probe.kind == "complete":
        if not answer:
            return False, "empty completion list"
        missing = [e for e in probe.expect if e not in answer]
        if missing:
            return False, f"missing {', '.join(missing)} among {len(answer)} items: {answer}"
        return True, f"{len(answer)} items"
    if probe.kind == "hover":
        if answer is None:
            return False, "null hover"
        text = " ".join(l for l in answer.splitlines() if l and not l.startswith("```"))
        return all(e in answer for e in probe.expect), repr(text[:70])
    if not answer:
        return False, "null definition"
    shown = ", ".join(f"{path}:{line + 1}" for path, line in answer)
    return ("src/lib.rs", defs[probe.expect]) in answer, shown


def errors_in(unit, diags):
    first, last = unit.diag_lines
    return [d for d in diags[unit.path] if d[2] == ERROR and first <= d[0] <= last]


def rows_of(probes, marked, answers, diags, defs):
    rows = []
    for probe in probes:
        sides = []
        for side in ("comp", "hand"):
            unit, _ = marked[(probe.name, side)]
            ok, what = judge(probe, answers[(probe.name, side)], defs)
            sides.append(Side(unit, ok, what, errors_in(unit, diags)))
        rows.append(Row(probe, *sides))
    return rows


def print_table(rows):
    width = max(len(r.probe.name) for r in rows)
    print(f"{'probe':<{width}}  {'kind':<10}  {'comp':<4}  {'hand':<4}  errors comp/hand")
    print("-" * (width + 42))
    for section, half in (("complete code", False), ("half-typed code", True)):
        print(f"# {section}")
        for r in (r for r in rows if r.probe.half == half):
            print(f"{r.probe.name:<{width}}  {r.probe.kind:<10}  "
                  f"{'ok' if r.comp.ok else 'FAIL':<4}  {'ok' if r.hand.ok else 'FAIL':<4}  "
                  f"{len(r.comp.errors)}/{len(r.hand.errors)}"
                  f"{'   <- worse' if r.worse else ''}")


def print_totals(rows):
    full = [r for r in rows if not r.probe.half]
    print(f"complete code: {sum(not r.worse for r in full)}/{len(full)} at parity")
    counts = []
    for kind, label in (("complete", "completion"), ("hover", "hover")):
        sel = [r for r in rows if r.probe.half and r.probe.kind == kind]
        counts.append(f"{label} {sum(r.comp.ok for r in sel)}/{len(sel)}"
                      f" (hand {sum(r.hand.ok for r in sel)}/{len(sel)})")
    print(f"half-typed: {', '.join(counts)}")
    # Probes that differ only in the cursor share their code: count each once.
    pairs = {(id(r.comp.unit), id(r.hand.unit)): r for r in rows}
    spurious = sum(max(0, len(r.comp.errors) - len(r.hand.errors)) for r in pairs.values())
    print(f"spurious diagnostics: {spurious}"
          f" (comprehension errors beyond the hand twin's, over {len(pairs)} distinct sources)")


def print_details(rows, verbose, expanded):
    lines = []
    for r in rows:
        more_errors = len(r.comp.errors) > len(r.hand.errors)
        if r.comp.ok and not more_errors and not verbose:
            continue
        lines.append(f"  {r.probe.name} [{r.probe.kind}]")
        lines.append(f"    comp: {r.comp.what}")
        lines.append(f"    hand: {r.hand.what}")
        for name, side in (("comp", r.comp), ("hand", r.hand)):
            if verbose or (name == "comp" and more_errors):
                for line, col, _, code, message in side.errors:
                    lines.append(f"    {name} error {line + 1}:{col + 1} [{code}] {message}")
        expansion = expanded.get(id(r.comp.unit))
        if expansion and (verbose or not r.comp.ok):
            cut = expansion if len(expansion) <= 400 else expansion[:400] + " ..."
            lines.append(f"    expansion: {cut}")
    if lines:
        print("\nwhat rust-analyzer returned where the comprehension fails or errs more"
              " (lines are those of the generated files):")
        print("\n".join(lines))
    broken = [r for r in rows if r.hand_broken]
    if broken:
        print("\nWARNING: hand twins that fail, or have errors in complete code"
              " (those probes are badly written):")
        for r in broken:
            print(f"  {r.probe.name}: {r.hand.what}; errors {[d[4] for d in r.hand.errors]}")


def report(probes, marked, answers, diags, defs, verbose=False, expanded=None):
    """Print everything; return the rows whose comprehension is worse."""
    rows = rows_of(probes, marked, answers, diags, defs)
    print_table(rows)
    print()
    print_totals(rows)
    print_details(rows, verbose, expanded or {})
    return [r for r in rows if r.worse]
