//! The walrus `(name := expr)` (docs/reference.md, "Bindings").

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use comprehensions::comp;

/// Counts its calls; returns `x * x - 4`, positive for |x| > 2.
struct Counted(Cell<usize>);

impl Counted {
    fn new() -> Self {
        Counted(Cell::new(0))
    }
    fn f(&self, x: i32) -> i32 {
        self.0.set(self.0.get() + 1);
        x * x - 4
    }
    fn calls(&self) -> usize {
        self.0.replace(0)
    }
}

#[derive(Default)]
struct Log(RefCell<Vec<&'static str>>);

impl Log {
    fn tap<T>(&self, label: &'static str, value: T) -> T {
        self.0.borrow_mut().push(label);
        value
    }
    fn take(&self) -> Vec<&'static str> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

/// The transform step of an async ETL stage: `None` means "drop this record".
fn transform(item: &str) -> Option<String> {
    let trimmed = item.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_uppercase())
}

#[test]
fn walrus_in_if_condition_binds_for_the_element() {
    let c = Counted::new();
    let v = comp![(x, y) for x in -4..5 if (y := c.f(x)) > 0];
    assert_eq!(v, vec![(-4, 12), (-3, 5), (3, 5), (4, 12)]);
    // Called exactly once per item, not again for the element.
    assert_eq!(c.calls(), 9);
}

#[test]
fn walrus_stands_for_its_value_in_its_own_expression() {
    let v = comp![y for x in 0..5 if (y := x * 3) % 2 == 0];
    assert_eq!(v, vec![0, 6, 12]);
    let w = comp![(y := x * x) + y for x in 0..4];
    assert_eq!(w, vec![0, 2, 8, 18]);
}

#[test]
fn walrus_in_let_right_side() {
    let c = Counted::new();
    let v = comp![(x, y, z) for x in 0..3 let z = (y := c.f(x)) * 2];
    assert_eq!(v, vec![(0, -4, -8), (1, -3, -6), (2, 0, 0)]);
    assert_eq!(c.calls(), 3);
}

#[test]
fn walrus_in_if_let_right_side() {
    let items = ["  a ", "", "b", "   "];
    let v = comp![(t.len(), t0.clone()) for item in items if let Some(t) = (t0 := transform(item)).as_deref()];
    assert_eq!(
        v,
        vec![(1, Some("A".to_string())), (1, Some("B".to_string()))]
    );
}

#[test]
fn walrus_in_the_element() {
    let c = Counted::new();
    let v = comp![((y := c.f(x)), y * 10) for x in 0..3];
    assert_eq!(v, vec![(-4, -40), (-3, -30), (0, 0)]);
    assert_eq!(c.calls(), 3);
}

#[test]
fn nested_walrus() {
    let v = comp![(a, b) for x in 0..4 if (a := (b := x) + 1) > 2];
    assert_eq!(v, vec![(3, 2), (4, 3)]);
    let w = comp![(a := (b := x * 2) + 1) * b for x in 0..3];
    assert_eq!(w, vec![0, 6, 20]);
}

#[test]
fn walrus_binds_for_later_clauses() {
    let v = comp![(x, z) for x in 0..3 if (n := x * 2) > 0 for z in 0..n if z != n - 1];
    assert_eq!(v, vec![(1, 0), (2, 0), (2, 1), (2, 2)]);
    let w = comp![m for x in 0..3 let _k = (m := x + 100) if m % 2 == 0];
    assert_eq!(w, vec![100, 102]);
}

#[test]
fn walrus_can_be_rebound_by_a_later_walrus() {
    let v = comp![y for x in 0..4 if (y := x) > 0 if (y := y * 10) > 10];
    assert_eq!(v, vec![20, 30]);
}

#[test]
fn walrus_in_the_condition_of_a_conditional_element() {
    let v = comp![y if (y := x - 1) > 0 else 0 for x in 0..4];
    assert_eq!(v, vec![0, 0, 1, 2]);
}

#[test]
fn walrus_in_dict_key_is_visible_in_value() {
    let d = comp!({(k := x % 3): k * 100 + x for x in 0..5});
    assert_eq!(d, HashMap::from([(0, 3), (1, 104), (2, 202)]));
}

#[test]
fn walrus_in_dict_value_and_condition() {
    let c = Counted::new();
    let d = comp!({x: (y, sq) for x in 0..5 if (y := c.f(x)) >= 0 let sq = (s := y * y) + s});
    assert_eq!(
        d,
        HashMap::from([(2, (0, 0)), (3, (5, 50)), (4, (12, 288))])
    );
    assert_eq!(c.calls(), 5);
}

#[test]
fn walrus_in_a_set() {
    let s = comp!({y for x in 0..10 if (y := x % 4) > 1});
    assert_eq!(s, HashSet::from([2, 3]));
}

#[test]
fn walrus_with_a_non_copy_value() {
    let v = comp![s.clone() + "!" for x in 8..12 if (s := x.to_string()).len() == 2];
    assert_eq!(v, vec!["10!".to_string(), "11!".to_string()]);
}

#[test]
fn f_is_called_exactly_once_per_item() {
    let c = Counted::new();
    let v = comp![y * 2 for x in 0..10 if (y := c.f(x)) > 0 if y % 2 == 0];
    assert_eq!(v, vec![24, 64, 120]);
    assert_eq!(c.calls(), 10);
    let lazy: Vec<i32> = comp!((y for x in 0..10 if (y := c.f(x)) > 40)).collect();
    assert_eq!(lazy, vec![45, 60, 77]);
    assert_eq!(c.calls(), 10);
}

#[test]
fn walrus_in_the_lazy_form() {
    let c = Counted::new();
    let mut it = comp!(((x, y) for x in 0..10 if (y := c.f(x)) > 0));
    assert_eq!(c.calls(), 0);
    assert_eq!(it.next(), Some((3, 5)));
    assert_eq!(c.calls(), 4);
    assert_eq!(it.next(), Some((4, 12)));
    assert_eq!(c.calls(), 1);
    let el: Vec<i32> = comp!(((y := x * 2) + y for x in 0..3)).collect();
    assert_eq!(el, vec![0, 4, 8]);
}

#[test]
fn walrus_in_a_nested_lazy_form_reaches_the_inner_level() {
    let v: Vec<(i32, i32)> = comp!(((n, z) for x in 0..3 if (n := x * 10) > 0 for z in 0..2 if (w := n + z) % 2 == 0 let _w = w)).collect();
    assert_eq!(v, vec![(10, 0), (20, 0)]);
    let inner: Vec<i32> =
        comp!((z for x in 0..2 for y in 0..2 if (z := x * 10 + y) != 1)).collect();
    assert_eq!(inner, vec![0, 10, 11]);
}

#[test]
fn walrus_in_a_nested_comprehension() {
    let table = comp![comp![(p := x * y) + p for y in 0..3] for x in 0..3];
    assert_eq!(table, vec![vec![0, 0, 0], vec![0, 2, 4], vec![0, 4, 8]]);
    let outer =
        comp![(n, comp![m for y in 0..n if (m := y * n) > 0]) for x in 1..4 if (n := x) != 2];
    assert_eq!(outer, vec![(1, vec![]), (3, vec![3, 6])]);
}

#[test]
fn walrus_in_a_nested_display_and_a_generator_argument() {
    let table = comp![[(p := x * y) + p for y in 0..3] for x in 0..2];
    assert_eq!(table, vec![vec![0, 0, 0], vec![0, 2, 4]]);
    fn total(it: impl Iterator<Item = i32>) -> i32 {
        it.sum()
    }
    let sums = comp![total((q := y) * q for y in 0..x) for x in 0..4];
    assert_eq!(sums, vec![0, 0, 1, 5]);
}

#[test]
fn running_total_does_not_accumulate_and_outer_is_unchanged() {
    // docs/reference.md: a documented difference from PEP 572 -- the walrus does not leak,
    // so `t` on the right is always the outer `t`.
    let t = 0;
    let vs = [1, 2, 3, 4];
    let totals = comp![(t := t + v) for v in vs];
    assert_eq!(totals, vec![1, 2, 3, 4]);
    assert_eq!(t, 0);
    let t = 100;
    let totals = comp![(t := t + v) for v in vs];
    assert_eq!(totals, vec![101, 102, 103, 104]);
    assert_eq!(t, 100);
}

#[test]
fn walrus_does_not_leak_even_with_a_same_named_outer_variable() {
    let y = -1;
    let v = comp![y for x in 0..3 if (y := x + 1) > 1];
    assert_eq!(v, vec![2, 3]);
    assert_eq!(y, -1);
    let s = comp!({y for x in 0..3 if (y := x) > 0});
    assert_eq!(s.len(), 2);
    assert_eq!(y, -1);
}

#[test]
fn etl_if_let_on_the_walrus() {
    let items = vec![" alpha", "", "beta ", "  "];
    let out = comp![t for item in &items if let Some(t) = (t0 := transform(item))];
    assert_eq!(out, vec!["ALPHA".to_string(), "BETA".to_string()]);
    let lazy: Vec<String> =
        comp!((t for item in &items if let Some(t) = (t0 := transform(item)))).collect();
    assert_eq!(lazy, out);
}

#[test]
fn etl_is_some_on_the_walrus() {
    let calls = Cell::new(0);
    let counted = |item: &str| {
        calls.set(calls.get() + 1);
        transform(item)
    };
    let items = vec![" alpha", "", "beta "];
    let out = comp![t.unwrap() for item in &items if (t := counted(item)).is_some()];
    assert_eq!(out, vec!["ALPHA".to_string(), "BETA".to_string()]);
    assert_eq!(calls.get(), 3);
    let d = comp!({item.len(): t.clone().unwrap() for item in &items if (t := counted(item)).is_some()});
    assert_eq!(
        d,
        HashMap::from([(6, "ALPHA".to_string()), (5, "BETA".to_string())])
    );
    assert_eq!(calls.get(), 6);
}

// The walrus's right side runs at the start of the clause (or element) that
// contains it, before the rest of that clause's expression: a documented
// implementation choice.
#[test]
fn walrus_runs_at_the_start_of_its_clause() {
    let log = Log::default();
    let v = comp![log.tap("a", 1) + (y := log.tap("b", 2)) + y for _x in 0..1];
    assert_eq!(v, vec![5]);
    assert_eq!(log.take(), vec!["b", "a"]);
    let w = comp![x for x in 0..1 if log.tap("a", 0) <= (y := log.tap("b", x))];
    assert_eq!(w, vec![0]);
    assert_eq!(log.take(), vec!["b", "a"]);
}

#[test]
fn walrus_runs_after_earlier_clauses() {
    let log = Log::default();
    let v = comp![log.tap("el", y) for x in log.tap("iter", 0..1) if log.tap("if", true) let _z = (y := log.tap("walrus", x))];
    assert_eq!(v, vec![0]);
    assert_eq!(log.take(), vec!["iter", "if", "walrus", "el"]);
}
