//! docs/reference.md, "Evaluation order and scope", observed through side-effect logs.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

use comprehensions::comp;

/// A side-effect log: every traced call appends its label.
#[derive(Default)]
struct Log(RefCell<Vec<String>>);

impl Log {
    fn push(&self, label: impl Into<String>) {
        self.0.borrow_mut().push(label.into());
    }
    /// Records `label` and passes `value` through.
    fn tap<T>(&self, label: impl Into<String>, value: T) -> T {
        self.push(label);
        value
    }
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
    fn len(&self) -> usize {
        self.0.borrow().len()
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

// ---- 1. the first iterable ------------------------------------------------------

#[test]
fn first_iterable_is_evaluated_once_before_anything_else() {
    let log = Log::default();
    let v = comp![log.tap(format!("el{x}"), x) for x in log.tap("first", 0..2) if log.tap(format!("if{x}"), true)];
    assert_eq!(v, vec![0, 1]);
    assert_eq!(log.take(), strings(&["first", "if0", "el0", "if1", "el1"]));
}

#[test]
fn first_iterable_is_evaluated_once_for_every_eager_form() {
    let calls = Cell::new(0);
    let src = || {
        calls.set(calls.get() + 1);
        vec![1, 2, 2, 3]
    };
    let v = comp![x for x in src() for _ in 0..2];
    assert_eq!(v, vec![1, 1, 2, 2, 2, 2, 3, 3]);
    assert_eq!(calls.replace(0), 1);
    let s = comp!({x for x in src() if x > 1});
    assert_eq!(s, HashSet::from([2, 3]));
    assert_eq!(calls.replace(0), 1);
    let d = comp!({x: x * 2 for x in src()});
    assert_eq!(d.len(), 3);
    assert_eq!(calls.replace(0), 1);
    let b = comp!(x for x in src());
    assert_eq!(b.len(), 4);
    assert_eq!(calls.replace(0), 1);
}

#[test]
fn lazy_form_evaluates_the_first_iterable_at_creation_only() {
    let log = Log::default();
    let it = comp!((log.tap(format!("el{x}"), x) for x in log.tap("first", 0..3)));
    assert_eq!(log.take(), strings(&["first"]));
    let v: Vec<i32> = it.collect();
    assert_eq!(v, vec![0, 1, 2]);
    assert_eq!(log.take(), strings(&["el0", "el1", "el2"]));
}

#[test]
fn lazy_form_with_nested_fors_evaluates_only_the_first_iterable_at_creation() {
    let log = &Log::default();
    let it = comp!(((x, y) for x in log.tap("first", 0..2) if log.tap(format!("if{x}"), true) for y in log.tap(format!("inner{x}"), 0..1)));
    assert_eq!(log.take(), strings(&["first"]));
    assert_eq!(it.collect::<Vec<_>>(), vec![(0, 0), (1, 0)]);
    assert_eq!(log.take(), strings(&["if0", "inner0", "if1", "inner1"]));
}

#[test]
fn move_lazy_form_evaluates_the_first_iterable_at_creation() {
    let calls = Cell::new(0);
    let src = || {
        calls.set(calls.get() + 1);
        vec![10, 20]
    };
    let k = 1;
    let it = comp!(move (x + k for x in src()));
    assert_eq!(calls.get(), 1);
    assert_eq!(it.collect::<Vec<_>>(), vec![11, 21]);
    assert_eq!(calls.get(), 1);
}

// ---- 2. clauses left to right, nested ----------------------------------------------

#[test]
fn inner_iterables_are_evaluated_once_per_outer_iteration() {
    let calls = Cell::new(0);
    let inner = |n: i32| {
        calls.set(calls.get() + 1);
        0..n
    };
    let v = comp![(x, y) for x in 0..4 for y in inner(x)];
    assert_eq!(v.len(), 6);
    assert_eq!(calls.replace(0), 4);
    // Only for the outer items that survive the filter before it.
    let v = comp![(x, y) for x in 0..6 if x % 2 == 0 for y in inner(x)];
    assert_eq!(v.len(), 6);
    assert_eq!(calls.replace(0), 3);
    // A third level: once per (x, y) combination.
    let deep = Cell::new(0);
    let v = comp![z for x in 0..3 for y in 0..2 for z in { deep.set(deep.get() + 1); x..x + y }];
    assert_eq!(v, vec![0, 1, 2]);
    assert_eq!(deep.get(), 6);
    let lazy: Vec<_> = comp!(((x, y) for x in 0..4 for y in inner(x))).collect();
    assert_eq!(lazy.len(), 6);
    assert_eq!(calls.get(), 4);
}

#[test]
fn clauses_run_left_to_right_nested() {
    let log = Log::default();
    let v = comp![
        log.tap(format!("el({x},{y})"), (x, y))
        for x in log.tap("xs", 0..2)
        if log.tap(format!("if({x})"), true)
        for y in log.tap(format!("ys({x})"), 0..2)
        let z = log.tap(format!("let({x},{y})"), x + y)
        if log.tap(format!("if2({z})"), z != 1)
    ];
    assert_eq!(v, vec![(0, 0), (1, 1)]);
    let expected = [
        "xs", "if(0)", "ys(0)", "let(0,0)", "if2(0)", "el(0,0)", "let(0,1)", "if2(1)", "if(1)",
        "ys(1)", "let(1,0)", "if2(1)", "let(1,1)", "if2(2)", "el(1,1)",
    ];
    assert_eq!(log.take(), strings(&expected));
}

#[test]
fn lazy_clauses_run_in_the_same_order_as_eager_ones() {
    // Clauses after the second `for` of a lazy form capture by value (move
    // closures): a non-`Copy` outer variable is used there through a reference.
    let log = &Log::default();
    let lazy: Vec<_> = comp!((
        log.tap(format!("el({x},{y})"), (x, y))
        for x in log.tap("xs", 0..2)
        if log.tap(format!("if({x})"), true)
        for y in log.tap(format!("ys({x})"), 0..2)
        let z = log.tap(format!("let({x},{y})"), x + y)
        if log.tap(format!("if2({z})"), z != 1)
    ))
    .collect();
    let lazy_log = log.take();
    let eager = comp![
        log.tap(format!("el({x},{y})"), (x, y))
        for x in log.tap("xs", 0..2)
        if log.tap(format!("if({x})"), true)
        for y in log.tap(format!("ys({x})"), 0..2)
        let z = log.tap(format!("let({x},{y})"), x + y)
        if log.tap(format!("if2({z})"), z != 1)
    ];
    assert_eq!(lazy, eager);
    assert_eq!(lazy_log, log.take());
}

#[test]
fn filters_short_circuit_later_clauses() {
    let log = Log::default();
    let v = comp![x for x in 0..4 if log.tap(format!("a{x}"), x % 2 == 0) if log.tap(format!("b{x}"), x > 0)];
    assert_eq!(v, vec![2]);
    assert_eq!(log.take(), strings(&["a0", "b0", "a1", "a2", "b2", "a3"]));
}

#[test]
fn if_let_runs_once_and_filters() {
    let log = Log::default();
    let v = comp![n for x in 0..4 if let Some(n) = log.tap(format!("t{x}"), (x % 2 == 1).then_some(x * 10))];
    assert_eq!(v, vec![10, 30]);
    assert_eq!(log.take(), strings(&["t0", "t1", "t2", "t3"]));
}

/// `a < b <= c < d`: each operand at most once, left to right, the chain
/// stopping at the first false comparison, whether the operands around a
/// call are places, literals or calls themselves.
#[test]
fn chained_comparisons_evaluate_each_operand_once_left_to_right() {
    let log = Log::default();
    let (lo, hi) = (2, 8);
    // A place, a call, a literal.
    let v = comp![x for x in 0..4 if lo <= log.tap(format!("m{x}"), x * 3) < 9];
    assert_eq!(v, vec![1, 2]);
    assert_eq!(log.take(), strings(&["m0", "m1", "m2", "m3"]));
    // Calls everywhere: the third runs only when the first comparison holds.
    let v = comp![x for x in 0..3 if log.tap(format!("a{x}"), 1) <= log.tap(format!("b{x}"), x) < log.tap(format!("c{x}"), 2)];
    assert_eq!(v, vec![1]);
    assert_eq!(
        log.take(),
        strings(&["a0", "b0", "a1", "b1", "c1", "a2", "b2", "c2"])
    );
    // A dereferenced place in the middle, as written.
    let v = comp![*x for x in &[1, 5, 9] if 2 <= *x < hi];
    assert_eq!(v, vec![5]);
    // A call first, a place in the middle, a call last.
    let v =
        comp![x for x in 0..3 if log.tap(format!("a{x}"), x) < lo <= log.tap(format!("c{x}"), hi)];
    assert_eq!(v, vec![0, 1]);
    assert_eq!(log.take(), strings(&["a0", "c0", "a1", "c1", "a2"]));
    // Four operands, the two middle ones calls: each once, and the last
    // comparisons skipped after a false one.
    let v = comp![x for x in 0..4 if 0 < log.tap(format!("p{x}"), x) < log.tap(format!("q{x}"), 3) < hi];
    assert_eq!(v, vec![1, 2]);
    assert_eq!(
        log.take(),
        strings(&["p0", "p1", "q1", "p2", "q2", "p3", "q3"])
    );
}

#[test]
fn element_is_evaluated_last_once_per_surviving_combination() {
    let calls = Cell::new(0);
    let el = |x: i32, y: i32| {
        calls.set(calls.get() + 1);
        x * 10 + y
    };
    let v = comp![el(x, y) for x in 0..5 for y in 0..3 if (x + y) % 2 == 0];
    assert_eq!(v, vec![0, 2, 11, 20, 22, 31, 40, 42]);
    assert_eq!(calls.get(), v.len());
}

#[test]
fn eager_forms_build_everything_before_returning() {
    let log = Log::default();
    let v = comp![log.tap(format!("el{x}"), x) for x in 0..3];
    log.push("returned");
    assert_eq!(v.len(), 3);
    assert_eq!(log.take(), strings(&["el0", "el1", "el2", "returned"]));
}

// ---- dicts: key before value, last value wins ------------------------------------------

#[test]
fn dict_evaluates_key_before_value() {
    let log = Log::default();
    let d = comp!({log.tap(format!("k{x}"), x): log.tap(format!("v{x}"), x * 2) for x in 0..2});
    assert_eq!(d, HashMap::from([(0, 0), (1, 2)]));
    assert_eq!(log.take(), strings(&["k0", "v0", "k1", "v1"]));
    let d = comp!({log.tap(format!("k{x}"), x): log.tap(format!("v{x}"), x * 2) for x in 0..2 if x >= 0});
    assert_eq!(d.len(), 2);
    assert_eq!(log.take(), strings(&["k0", "v0", "k1", "v1"]));
}

#[test]
fn dict_evaluates_key_before_a_value_with_a_walrus() {
    let log = Log::default();
    let d = comp!({log.tap(format!("k{x}"), x): (w := log.tap(format!("v{x}"), x * 2)) + w for x in 0..2});
    assert_eq!(d, HashMap::from([(0, 0), (1, 4)]));
    assert_eq!(log.take(), strings(&["k0", "v0", "k1", "v1"]));
}

#[test]
fn dict_with_walruses_in_key_and_value_keeps_key_first() {
    let log = Log::default();
    let d = comp!({(a := log.tap("kw", x)) + log.tap("k", a): (b := log.tap("vw", x)) * log.tap("v", b) for x in 1..3});
    assert_eq!(d, HashMap::from([(2, 1), (4, 4)]));
    assert_eq!(
        log.take(),
        strings(&["kw", "k", "vw", "v", "kw", "k", "vw", "v"])
    );
}

#[test]
fn dict_later_duplicate_key_overwrites() {
    let pairs = [("a", 1), ("b", 2), ("a", 3), ("b", 4), ("a", 5)];
    let d = comp!({k: v for (k, v) in pairs});
    assert_eq!(d, HashMap::from([("a", 5), ("b", 4)]));
    let d = comp!({x % 3: x for x in 0..10});
    assert_eq!(d, HashMap::from([(0, 9), (1, 7), (2, 8)]));
    let d = comp!({x % 2: x for x in 0..5 if x != 4});
    assert_eq!(d, HashMap::from([(0, 2), (1, 3)]));
}

// ---- 5. laziness -----------------------------------------------------------------------

#[test]
fn lazy_form_does_nothing_until_pulled() {
    let log = Log::default();
    let it = comp!((log.tap(format!("el{x}"), x) for x in log.tap("first", 0..3) if log.tap(format!("if{x}"), true)));
    assert_eq!(log.take(), strings(&["first"]));
    drop(it);
    assert_eq!(log.len(), 0);
}

#[test]
fn pulling_one_item_runs_only_what_is_needed() {
    let log = Log::default();
    let mut it =
        comp!((log.tap(format!("el{x}"), x) for x in 0..10 if log.tap(format!("if{x}"), x >= 2)));
    assert_eq!(it.next(), Some(2));
    assert_eq!(log.take(), strings(&["if0", "if1", "if2", "el2"]));
    assert_eq!(it.next(), Some(3));
    assert_eq!(log.take(), strings(&["if3", "el3"]));
}

#[test]
fn pulling_one_item_of_a_nested_lazy_form() {
    let log = &Log::default();
    let mut it = comp!((log.tap(format!("el{x}{y}"), (x, y)) for x in 0..3 for y in log.tap(format!("ys{x}"), 0..2)));
    assert_eq!(it.next(), Some((0, 0)));
    assert_eq!(log.take(), strings(&["ys0", "el00"]));
    assert_eq!(it.next(), Some((0, 1)));
    assert_eq!(log.take(), strings(&["el01"]));
    assert_eq!(it.next(), Some((1, 0)));
    assert_eq!(log.take(), strings(&["ys1", "el10"]));
}

#[test]
// Once a bug (see `regressions` below): `0u64..` needs parentheses before a clause,
// and the expansion then warns that they are unnecessary.
#[allow(unused_parens)]
fn lazy_form_stops_early_on_an_infinite_source() {
    let calls = Cell::new(0);
    let v: Vec<u64> = comp!(({ calls.set(calls.get() + 1); x * x } for x in 0u64..))
        .take(3)
        .collect();
    assert_eq!(v, vec![0, 1, 4]);
    assert_eq!(calls.get(), 3);
    let evens: Vec<u64> = comp!((x for x in (0u64..) if x % 2 == 0)).take(3).collect();
    assert_eq!(evens, vec![0, 2, 4]);
    let pairs: Vec<(u64, u64)> = comp!(((x, y) for x in (0u64..) for y in 0..x))
        .take(4)
        .collect();
    assert_eq!(pairs, vec![(1, 0), (2, 0), (2, 1), (3, 0)]);
}

struct DropFlag<'a>(&'a Cell<bool>);

impl Drop for DropFlag<'_> {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

#[test]
fn dropping_a_lazy_form_stops_it_and_drops_its_source() {
    let log = Log::default();
    let dropped = Cell::new(false);
    let flag = DropFlag(&dropped);
    let source = (0..100).inspect(move |_| {
        let _keep = &flag;
    });
    let mut it = comp!((log.tap(format!("el{x}"), x) for x in source));
    assert_eq!(it.next(), Some(0));
    assert_eq!(log.take(), strings(&["el0"]));
    assert!(!dropped.get());
    drop(it);
    assert!(dropped.get());
    assert_eq!(log.len(), 0);
}

// ---- 4. scope -----------------------------------------------------------------------------

#[test]
fn loop_variables_do_not_leak() {
    let x = "outer";
    let v = comp![x * 2 for x in 0..3];
    assert_eq!(v, vec![0, 2, 4]);
    assert_eq!(x, "outer");
    let s = comp!({x for x in 0..3});
    assert_eq!(s.len(), 3);
    let l: Vec<i32> = comp!((x for x in 0..3)).collect();
    assert_eq!(l.len(), 3);
    assert_eq!(x, "outer");
}

#[test]
fn let_and_if_let_bindings_do_not_leak() {
    let z = "outer z";
    let n = "outer n";
    let v = comp![z + n for x in 0..3 let z = x * 2 if let Some(n) = Some(x)];
    assert_eq!(v, vec![0, 3, 6]);
    assert_eq!((z, n), ("outer z", "outer n"));
}

#[test]
fn walrus_bindings_do_not_leak() {
    let y = "outer";
    let v = comp![y for x in 0..3 if (y := x * 10) > 0];
    assert_eq!(v, vec![10, 20]);
    assert_eq!(y, "outer");
    let lazy: Vec<i32> = comp!(((y := x + 1) for x in 0..2)).collect();
    assert_eq!(lazy, vec![1, 2]);
    assert_eq!(y, "outer");
}

#[test]
fn inner_names_shadow_outer_ones_inside_only() {
    let x = 100;
    let k = 7;
    assert_eq!(comp![x + k for x in 0..2], vec![7, 8]);
    // A later `for` may rebind an earlier loop name, as in Python.
    assert_eq!(
        comp![x for x in 0..2 for x in x * 10..x * 10 + 2],
        vec![0, 1, 10, 11]
    );
    assert_eq!(x, 100);
    // The lazy form too, whose inner levels own the outer names they use
    // (a `Copy` one, a borrowed one, part of a tuple pattern, two levels on).
    let lazy: Vec<i32> = comp!((x for x in 0..4 for x in 0..x)).collect();
    assert_eq!(lazy, [0, 0, 1, 0, 1, 2]);
    let matrix = vec![vec![1, 2], vec![3]];
    let flat: i32 = comp!((*x for x in &matrix for x in x)).sum();
    assert_eq!(flat, 6);
    let pairs = [(1, 2), (3, 4)];
    let firsts: Vec<i32> = comp!((a for (a, b) in pairs for a in [a, b])).collect();
    assert_eq!(firsts, [1, 2, 3, 4]);
    let deep: Vec<i32> = comp!((x for x in 0..2 for y in 0..2 for x in [x * 10 + y])).collect();
    assert_eq!(deep, [0, 1, 10, 11]);
}

#[test]
fn comprehension_borrows_surrounding_variables() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let sep = String::from(": ");
    let v = comp![format!("{i}{sep}{n}") for (i, n) in names.iter().enumerate()];
    assert_eq!(v, vec!["0: ann".to_string(), "1: bob".to_string()]);
    // Still usable: they were borrowed, not moved.
    assert_eq!(names.len(), 2);
    assert_eq!(sep, ": ");
    let lazy: Vec<usize> = comp!((n.len() + sep.len() for n in &names)).collect();
    assert_eq!(lazy, vec![5, 5]);
    assert_eq!(names[0], "ann");
}

#[test]
fn comprehension_can_mutably_borrow_surrounding_variables() {
    let mut seen = 0;
    let v = comp![{
        seen += 1;
        x
    } for x in 0..3];
    assert_eq!(v, vec![0, 1, 2]);
    assert_eq!(seen, 3);
    let mut acc = Vec::new();
    let w = comp![x for x in 0..4 if { acc.push(x); x % 2 == 0 }];
    assert_eq!(w, vec![0, 2]);
    assert_eq!(acc, vec![0, 1, 2, 3]);
}

#[test]
fn move_comprehension_takes_its_captures_by_value() {
    use std::rc::Rc;
    let shared = Rc::new(1);
    let mine = Rc::clone(&shared);
    let it = comp!(move (x + *mine for x in 0..3));
    assert_eq!(Rc::strong_count(&shared), 2);
    assert_eq!(it.collect::<Vec<_>>(), vec![1, 2, 3]);
    // The iterator owned `mine` and dropped it when consumed.
    assert_eq!(Rc::strong_count(&shared), 1);
}

// ---- regressions: shapes that once failed to compile ----------------------------

mod regressions {
    use super::*;

    // Once a bug: a half-open range iterable followed by a clause does not parse: the
    // range end swallows `if ...`/`for ...` ("unexpected end of input, expected
    // curly braces"); with parentheses it parses but warns `unused_parens`.
    #[test]
    #[deny(unused_parens)]
    fn open_range_iterable_followed_by_a_clause() {
        let evens: Vec<u64> = comp!((x for x in 0u64.. if x % 2 == 0)).take(3).collect();
        assert_eq!(evens, vec![0, 2, 4]);
        let pairs: Vec<(u64, u64)> = comp!(((x, y) for x in 0u64.. for y in 0..x))
            .take(2)
            .collect();
        assert_eq!(pairs, vec![(1, 0), (2, 0)]);
        let parens: Vec<u64> = comp!((x for x in (0u64..) if x > 1)).take(1).collect();
        assert_eq!(parens, vec![2]);
    }

    // Clauses after the second `for` of a lazy form capture by value, so an
    // outer non-`Copy` variable used there is moved (E0507/E0382) where the reference
    // "Evaluation order and scope" 4 says the comprehension borrows it.
    #[test]
    fn lazy_inner_clause_borrows_an_outer_variable() {
        let log = Log::default();
        let v: Vec<(i32, i32)> =
            comp!((log.tap(format!("el{x}{y}"), (x, y)) for x in 0..2 for y in 0..1)).collect();
        assert_eq!(v, vec![(0, 0), (1, 0)]);
        assert_eq!(log.take(), strings(&["el00", "el10"]));
    }
}

// The consumer may borrow what the element borrowed, between items: the
// generator forms (flatten over owned values, `acomp!` with an awaiting
// clause) end the element's and an `if let` scrutinee's temporaries before
// handing the item over, as a hand-written `map` closure does.
#[test]
fn consumer_borrows_between_items_what_the_element_borrowed() {
    let lines = vec!["a,b".to_string(), "c".to_string()];
    let cache = std::cell::RefCell::new(std::collections::HashMap::from([("a", 1), ("c", 3)]));
    let hits = comp!((cache.borrow().get(k).copied().unwrap_or(0) for line in lines.clone() for k in line.split(',')));
    let mut got = Vec::new();
    for h in hits {
        cache.borrow_mut().insert("seen", h);
        got.push(h);
    }
    assert_eq!(got, [1, 0, 3]);
    let found = comp!((v for line in lines for k in line.split(',') if let Some(&v) = cache.borrow().get(k)));
    let mut kept = Vec::new();
    for v in found {
        cache.borrow_mut().insert("last", v);
        kept.push(v);
    }
    assert_eq!(kept, [1, 3]);
}
