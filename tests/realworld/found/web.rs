//! Comprehensions of the web theme (3) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error: comparison operators cannot be chained -- `"ok" if 200 <= s < 300 else ..` (chained comparison in a conditional element)
// ["ok" if 200 <= s < 300 else "redirect" if 300 <= s < 400 else "error" for s in statuses]
#[test]
fn http_status_classes_chained() {
    let statuses = vec![200, 301, 404, 204];
    let out = comp!["ok" if 200 <= s < 300 else "redirect" if 300 <= s < 400 else "error" for s in statuses];
    assert_eq!(out, vec!["ok", "redirect", "error", "ok"]);
}

// FOUND: error: comparison operators cannot be chained -- `if 200 <= *s < 300`
// [s for s in statuses if 200 <= s < 300]
#[test]
fn http_status_ok_chained_borrowed() {
    let statuses = vec![200, 301, 404, 204];
    let ok = comp![*s for s in &statuses if 200 <= *s < 300];
    assert_eq!(ok, vec![200, 204]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy 2-for over `&rules` / `r.methods.iter()`
// lazy over owned rules, inner for on a field: ((r.rule, m) for r in rules for m in r.methods)
#[test]
fn flask_route_method_pairs_lazy() {
    let rules = url_map();
    let n = comp!(((r.rule, m) for r in &rules for m in r.methods.iter())).count();
    assert_eq!(n, 5);
}
