//! Every display form, its exact type, and the clause kinds (docs/reference.md, "Grammar"
//! and "Result types").

use std::collections::{HashMap, HashSet};

use comprehensions::{acomp, comp};
use futures::executor::block_on;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Point {
    x: i32,
    y: i32,
}

fn sorted<T: Ord>(it: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.into_iter().collect();
    v.sort();
    v
}

// ---- display forms and their types ----------------------------------------

#[test]
fn list_form_is_a_vec() {
    let xs = vec![1, 2, 3];
    let v: Vec<i32> = comp!([x * 2 for x in &xs]);
    assert_eq!(v, vec![2, 4, 6]);
}

#[test]
fn bare_form_in_brackets_is_a_vec() {
    let xs = vec![1, 2, 3];
    let v: Vec<i32> = comp![x * 2 for x in &xs];
    assert_eq!(v, vec![2, 4, 6]);
}

// A first iterable written `xs.iter()` or `m.values()` runs its loop over
// the runtime's `FirstCall` (for rustc's "use mutable method" help): each
// std collection's iterator, and any other through `Deref`, yields its
// items once, in order.
#[test]
fn first_iterable_iter_and_values_yield_their_items() {
    use std::collections::{BTreeMap, LinkedList, VecDeque};
    let xs = [1, 2, 3, 4];
    assert_eq!(comp![x * 10 for x in xs.iter() if x % 2 == 0], vec![20, 40]);
    let q = VecDeque::from([5, 6]);
    assert_eq!(
        comp![x + y for x in q.iter() for y in xs.iter() if y > &3],
        vec![9, 10]
    );
    let l = LinkedList::from([7, 8]);
    assert_eq!(comp![*x for x in l.iter() if *x > 7], vec![8]);
    let ranks = BTreeMap::from([(1, "a"), (2, "b")]);
    assert_eq!(
        comp![(*k, *v) for (k, v) in ranks.iter() if *k > 1],
        vec![(2, "b")]
    );
    assert_eq!(
        comp![v.len() for v in ranks.values() if !v.is_empty()],
        vec![1, 1]
    );
    let scores = HashMap::from([("x", 3)]);
    assert_eq!(comp![*v for v in scores.values() if *v > 2], vec![3]);
    assert_eq!(
        comp![(*k, *v) for (k, v) in scores.iter() if *v > 2],
        vec![("x", 3)]
    );
    // No `iter_mut` pair: the plain loop's `iter()`.
    let seen = HashSet::from([9]);
    assert_eq!(comp![*x for x in seen.iter() if *x > 0], vec![9]);
    let arr = [1u8, 2];
    assert_eq!(comp![{ x * 2 } for x in arr.iter() if *x < 2], vec![2]);
}

#[test]
fn bare_form_in_parens_and_braces_is_a_vec() {
    let v: Vec<i32> = comp!(x + 1 for x in 0..3);
    assert_eq!(v, vec![1, 2, 3]);
    let w: Vec<i32> = comp! {x + 1 for x in 0..3};
    assert_eq!(w, vec![1, 2, 3]);
}

#[test]
fn list_display_inside_brackets_is_a_flat_vec() {
    // The body `[x for x in ..]` is the list display, not a list element.
    let v: Vec<i32> = comp![[x for x in 0..3]];
    assert_eq!(v, vec![0, 1, 2]);
}

#[test]
fn array_and_tuple_elements_in_the_bare_form() {
    let arrays: Vec<[i32; 2]> = comp![[x, -x] for x in 0..3];
    assert_eq!(arrays, vec![[0, 0], [1, -1], [2, -2]]);
    let tuples: Vec<(i32, i32)> = comp![(x, y) for x in 0..2 for y in 0..2];
    assert_eq!(tuples, vec![(0, 0), (0, 1), (1, 0), (1, 1)]);
}

#[test]
fn set_form_is_a_std_hash_set() {
    let xs = vec![1, 2, 3, 4, 5, 6, 7];
    let s: HashSet<i32> = comp!({x % 3 for x in xs});
    assert_eq!(s, HashSet::from([0, 1, 2]));
    let s: std::collections::HashSet<_> = comp!({x % 3 for x in 0..7});
    assert_eq!(sorted(s), vec![0, 1, 2]);
}

#[test]
fn dict_form_is_a_std_hash_map() {
    let pairs = vec![("a", 1), ("b", 2)];
    let d: HashMap<&str, i32> = comp!({k: v * 10 for (k, v) in pairs});
    assert_eq!(d, HashMap::from([("a", 10), ("b", 20)]));
    let d: std::collections::HashMap<_, _> = comp!({x: x * x for x in 0..4});
    assert_eq!(d, HashMap::from([(0, 0), (1, 1), (2, 4), (3, 9)]));
}

#[test]
fn dict_with_path_key_and_conditional_value() {
    #[derive(Debug, PartialEq, Eq, Hash)]
    enum Kind {
        Even,
    }
    let d: HashMap<Kind, &str> = comp!({Kind::Even: "big" if x > 1 else "small" for x in 0..3});
    assert_eq!(d, HashMap::from([(Kind::Even, "big")]));
}

#[test]
fn lazy_form_is_an_iterator() {
    let xs = vec![1, 2, 3];
    let it = comp!((x * 2 for x in &xs));
    fn is_iterator<I: Iterator<Item = i32>>(i: I) -> I {
        i
    }
    let it = is_iterator(it);
    let v: Vec<i32> = it.collect();
    assert_eq!(v, vec![2, 4, 6]);
}

#[test]
fn lazy_form_with_two_fors_and_filter() {
    let xs = [1, 2, 3];
    let v: Vec<(i32, i32)> = comp!(((x, y) for x in xs for y in xs if x < y)).collect();
    assert_eq!(v, vec![(1, 2), (1, 3), (2, 3)]);
}

#[test]
fn lazy_form_is_send_and_runs_on_another_thread() {
    fn assert_send<T: Send + 'static>(t: T) -> T {
        t
    }
    let k = 3;
    let it = assert_send(comp!(move (x * k for x in 0..4 if x != 2)));
    let v = std::thread::spawn(move || it.collect::<Vec<i32>>())
        .join()
        .unwrap();
    assert_eq!(v, vec![0, 3, 9]);
}

// ---- clauses ----------------------------------------------------------------

#[test]
fn nested_for_with_dependent_inner_iterable() {
    let v = comp![(x, y) for x in 0..4 for y in 0..x];
    assert_eq!(v, vec![(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2)]);
    let lazy: Vec<_> = comp!(((x, y) for x in 0..4 for y in 0..x)).collect();
    assert_eq!(lazy, v);
}

#[test]
fn three_nested_fors_over_nested_data() {
    let grid = vec![vec![vec![1, 2], vec![3]], vec![vec![4, 5, 6]]];
    let flat = comp![z for plane in &grid for row in plane for &z in row];
    assert_eq!(flat, vec![1, 2, 3, 4, 5, 6]);
}

#[test]
fn if_clauses_filter() {
    let v = comp![x for x in 0..20 if x % 2 == 0 if x % 3 == 0];
    assert_eq!(v, vec![0, 6, 12, 18]);
    let s = comp!({x for x in 0..20 if x > 17});
    assert_eq!(s, HashSet::from([18, 19]));
}

#[test]
fn if_between_fors() {
    let v = comp![(x, y) for x in 0..4 if x % 2 == 1 for y in 0..2];
    assert_eq!(v, vec![(1, 0), (1, 1), (3, 0), (3, 1)]);
}

#[test]
fn if_let_filters_and_binds() {
    let items = vec![Some(1), None, Some(3), None];
    let v = comp![n * 10 for item in &items if let Some(n) = item];
    assert_eq!(v, vec![10, 30]);
    let words = ["1", "x", "22", ""];
    let parsed = comp![n for w in words if let Ok(n) = w.parse::<u8>()];
    assert_eq!(parsed, vec![1, 22]);
}

#[test]
fn let_clause_binds_for_later_clauses_and_element() {
    let v = comp![(x, sq) for x in 0..5 let sq = x * x if sq > 3];
    assert_eq!(v, vec![(2, 4), (3, 9), (4, 16)]);
    let lazy: Vec<_> = comp!(((x, sq) for x in 0..5 let sq = x * x if sq > 3)).collect();
    assert_eq!(lazy, v);
}

#[test]
fn let_clause_with_destructuring_and_bare_tuple() {
    let v = comp![a + b for x in 0..3 let (a, b) = (x, x * 10)];
    assert_eq!(v, vec![0, 11, 22]);
    let w = comp![a * b for x in 1..4 let a, b = (x, x + 1)];
    assert_eq!(w, vec![2, 6, 12]);
}

#[test]
fn bare_tuple_pattern_in_for() {
    let pairs = vec![(1, 2), (3, 4)];
    let v = comp![k + v for k, v in pairs.clone()];
    assert_eq!(v, vec![3, 7]);
    let d: HashMap<i32, i32> = comp!({v: k for k, v in pairs});
    assert_eq!(d, HashMap::from([(2, 1), (4, 3)]));
    let e = comp![(i, c) for i, c in "ab".chars().enumerate()];
    assert_eq!(e, vec![(0, 'a'), (1, 'b')]);
    let nested =
        comp![i * 100 + a * 10 + b for i, (a, b) in [(1, 2), (3, 4)].into_iter().enumerate()];
    assert_eq!(nested, vec![12, 134]);
}

#[test]
fn reference_pattern() {
    let xs = vec![5, 6];
    let v: Vec<i32> = comp![x + 1 for &x in &xs];
    assert_eq!(v, vec![6, 7]);
    let w: Vec<i32> = comp![x * i as i32 for (i, &x) in xs.iter().enumerate()];
    assert_eq!(w, vec![0, 6]);
}

#[test]
fn struct_and_tuple_struct_patterns() {
    struct Wrap(i32);
    let points = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let v = comp![x * y for Point { x, y } in &points];
    assert_eq!(v, vec![2, 12]);
    let w = comp![y for Point { y, .. } in points.iter().copied() if y > 2];
    assert_eq!(w, vec![4]);
    let u = comp![n for Wrap(n) in [Wrap(7), Wrap(8)]];
    assert_eq!(u, vec![7, 8]);
}

#[test]
fn or_pattern_in_if_let() {
    #[derive(Clone, Copy)]
    enum Shape {
        Circle(i32),
        Square(i32),
        Empty,
    }
    let shapes = [Shape::Circle(1), Shape::Empty, Shape::Square(2)];
    let v = comp![n for s in shapes if let Shape::Circle(n) | Shape::Square(n) = s];
    assert_eq!(v, vec![1, 2]);
}

// ---- elements ---------------------------------------------------------------

#[test]
fn conditional_element() {
    let v = comp!["even" if x % 2 == 0 else "odd" for x in 0..3];
    assert_eq!(v, vec!["even", "odd", "even"]);
}

#[test]
fn chained_conditional_element() {
    let v = comp!["neg" if x < 0 else "zero" if x == 0 else "pos" for x in -1..=1];
    assert_eq!(v, vec!["neg", "zero", "pos"]);
    let w = comp![1 if x % 15 == 0 else 2 if x % 5 == 0 else 3 if x % 3 == 0 else 4 for x in [15, 10, 9, 7]];
    assert_eq!(w, vec![1, 2, 3, 4]);
}

#[test]
fn conditional_after_a_closure_element_is_its_body() {
    // Python: [lambda v, t=t: 1 if v > t else 0 for t in ts]
    let ts = [1, 5];
    let fs = comp![move |v: i32| 1 if v > t else 0 for t in ts];
    assert_eq!(comp![f(3) for f in &fs], [1, 0]);
    // The lazy form, a dict's value, a `let` clause's value, a closure
    // returning a closure: the innermost body takes it.
    let lazy: Vec<i32> = comp!((move |v: i32| v if v > t else 0 for t in ts))
        .map(|f| f(3))
        .collect();
    assert_eq!(lazy, [3, 0]);
    let by_name =
        comp!({name: move |v: i32| "hi" if v > t else "lo" for (name, t) in [("a", 1), ("b", 9)]});
    assert_eq!((by_name["a"](5), by_name["b"](5)), ("hi", "lo"));
    let clipped = comp![clip(x) for x in [5, 50] let clip = |v: i32| v if v < 10 else 10];
    assert_eq!(clipped, [5, 10]);
    let larger = comp![|a: i32| move |b: i32| a if a > b else b for _ in 0..1];
    assert_eq!((larger[0](1)(5), larger[0](7)(5)), (5, 7));
    // A closure with a return type has a block body: the conditional is
    // the element's, around the closure.
    let pick =
        comp![|v: i32| -> i32 { v * 2 } if t else |v: i32| -> i32 { v } for t in [true, false]];
    assert_eq!((pick[0](4), pick[1](4)), (8, 4));
}

#[test]
fn conditional_in_a_closure_body_is_the_whole_body() {
    // Python: [list(map(lambda v: v if v > 0 else 0, row)) for row in rows]
    let rows = vec![vec![-1, 2], vec![3, -4]];
    let clipped =
        comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &rows];
    assert_eq!(clipped, [[0, 2], [3, 0]]);
    let floor = 1;
    let raised =
        comp![row.iter().map(move |v| *v if *v > floor else floor).sum::<i32>() for row in &rows];
    assert_eq!(raised, [3, 4]);
    let labels = comp![(|n: i32| "neg" if n < 0 else "pos")(x) for x in [-1, 1]];
    assert_eq!(labels, ["neg", "pos"]);
}

#[test]
#[deny(unused_parens)]
fn conditional_in_parentheses_as_a_match_arm() {
    // The reference's spelling in a `match` arm: no `unused_parens` (the
    // arm's `=>` was taken for a turbofish's `>`, so the parentheses stayed).
    let v = comp![match x % 3 { 0 => (x if x > 3 else 0), _ => -1 } for x in [3, 4, 6]];
    assert_eq!(v, [0, -1, 6]);
    let w = comp![match x { Some(n) => (n * 2 if n > 1 else n), None => 0 } for x in [Some(1), None, Some(3)]];
    assert_eq!(w, [1, 0, 6]);
}

#[test]
#[deny(unused_parens)]
fn conditional_in_parentheses_as_an_operand_keeps_them() {
    // `(a if c else b) * x`: the parentheses stay (an operator follows);
    // alone, they go (no `unused_parens`). In a map-shaped list the
    // element is a closure's body, where a bare `if` would be a statement.
    let signed = comp![(1 if x > 0 else -1) * x for x in [3, -2]];
    assert_eq!(signed, [3, 2]);
    let total: i32 = comp!(((2 if x > 0 else 1) * x for x in [3, -2])).sum();
    assert_eq!(total, 6 - 2);
    let named = comp![("pos" if x > 0 else "neg").len() for x in [1, -1]];
    assert_eq!(named, [3, 3]);
}

#[test]
fn conditional_as_a_struct_literals_field_and_a_named_argument() {
    #[derive(Debug, PartialEq)]
    struct Point {
        x: i32,
        y: i32,
    }
    let points = comp![Point { x, y: y if y > 0 else 0 } for (x, y) in [(1, -5), (2, 5)]];
    assert_eq!(points, [Point { x: 1, y: 0 }, Point { x: 2, y: 5 }]);
    let padded = comp![format!("{:>w$}", x, w = 3 if x > 9 else 2) for x in [5, 10]];
    assert_eq!(padded, [" 5", " 10"]);
}

#[test]
fn a_cast_to_a_generic_type_is_not_a_comparison() {
    let boxed = comp![Box::new(x) as Box<dyn std::fmt::Debug> for x in [1, 2]];
    assert_eq!(format!("{boxed:?}"), "[1, 2]");
    // A chain in the condition after a cast's type is still a chain.
    let (lo, hi) = (0, 9);
    let v = comp![x as u8 if lo < x < hi else 0 for x in [3, 12]];
    assert_eq!(v, [3, 0]);
}

#[test]
fn match_and_if_expressions_as_comparison_operands() {
    // Rust's block-like expressions between Python's chained comparisons.
    let s = "#.x#";
    let cost = |c: char| match c {
        '#' => 2,
        '.' => 1,
        _ => 3,
    };
    let want: Vec<char> = s.chars().filter(|&c| 0 < cost(c) && cost(c) <= 2).collect();
    let got = comp![c for c in s.chars() if 0 < match c { '#' => 2, '.' => 1, _ => 3 } <= 2];
    assert_eq!(got, want);
    let got =
        comp![c for c in s.chars() if 0 < if c == '#' { 2 } else if c == '.' { 1 } else { 3 } <= 2];
    assert_eq!(got, want);
    let got = comp![c for c in s.chars() if match c { '#' => 2, '.' => 1, _ => 3 } < 3 <= 4];
    assert_eq!(got, want);
    let got = comp![c for c in s.chars() if 1 < 2 <= match c { '#' => 2, _ => 3 }];
    assert_eq!(got, ['#', '.', 'x', '#']);
    // A single comparison with a `match` first, as the element.
    let got = comp![match c { '#' => 2, _ => 3 } < 3 for c in s.chars()];
    assert_eq!(got, [true, false, false, true]);
}

#[test]
fn chains_that_look_like_generic_arguments() {
    // Python's `lo < x > (y)` is a chain: only a type between (a capitalised
    // or primitive name) or an empty `()` after reads as `f::<T>()` written
    // without the turbofish, which is an error of its own (UI test
    // `turbofish_missing`).
    let (lo, top) = (1, 10);
    let got = comp![x for x in 0..12 if lo < x > (top - 8)];
    assert_eq!(got, (3..12).collect::<Vec<_>>());
    let v = vec![3, 5];
    let got = comp![w for w in &v if v.len() < *w > (v.len())];
    assert_eq!(got, [&3, &5]);
}

#[test]
fn struct_literals_in_conditions_and_if_let_scrutinees() {
    // Python: [p for p in pts if p == Point(1, 2)]; no block follows a
    // clause, so Rust's parentheses are not needed.
    #[derive(PartialEq, Debug, Clone, Copy)]
    struct Point {
        x: i32,
        y: i32,
    }
    let pts = [Point { x: 1, y: 2 }, Point { x: 0, y: 0 }];
    let got = comp![p for p in &pts if *p == Point { x: 1, y: 2 }];
    assert_eq!(got, [&pts[0]]);
    let got = comp![p.y for p in &pts if let Point { x: 0, .. } = Point { x: p.x, y: 0 }];
    assert_eq!(got, [0]);
    let lazy = comp!((p.x for p in pts if Point { x: 0, y: 0 } != p));
    assert_eq!(lazy.collect::<Vec<_>>(), [1]);
}

#[test]
fn a_let_clause_conditional_then_a_filter() {
    // `let sev = 3 if e else 2 if w else 0 if sev > 0`: the last `if` has no
    // `else`, so it is the next clause, a filter, not part of the value.
    let levels = ["ERROR", "INFO", "WARN"];
    let got = comp![(l, sev) for l in levels let sev: u8 = 3 if l == "ERROR" else 2 if l == "WARN" else 0 if sev > 0];
    let mut by_hand = Vec::new();
    for l in levels {
        let sev: u8 = if l == "ERROR" {
            3
        } else if l == "WARN" {
            2
        } else {
            0
        };
        if sev > 0 {
            by_hand.push((l, sev));
        }
    }
    assert_eq!(got, by_hand);
}

#[test]
fn struct_literals_as_later_iterables() {
    // Python: [(k, x) for k in range(1, 3) for x in Countdown(k)]; a later
    // `for`'s iterable, like the first, needs no parentheses.
    struct Countdown {
        n: u32,
    }
    impl Iterator for Countdown {
        type Item = u32;
        fn next(&mut self) -> Option<u32> {
            self.n = self.n.checked_sub(1)?;
            Some(self.n)
        }
    }
    let mut by_hand = Vec::new();
    for k in 1..3 {
        for x in (Countdown { n: k }) {
            by_hand.push((k, x));
        }
    }
    assert_eq!(
        comp![(k, x) for k in 1..3 for x in Countdown { n: k }],
        by_hand
    );
    let lazy: Vec<(u32, u32)> = comp!(((k, x) for k in 1..3 for x in Countdown { n: k })).collect();
    assert_eq!(lazy, by_hand);
    let firsts = comp!({x for k in 1..4 for x in Countdown { n: k }.take(1) if x > 0});
    assert_eq!(firsts, HashSet::from([1, 2]));
    let awaited = block_on(async { acomp![(k, x) for k in 1..3 for x in Countdown { n: k }] });
    assert_eq!(awaited, by_hand);
}

#[test]
fn struct_literal_element_of_a_nested_display() {
    // Python: [[Cell(ch == '#') for ch in row] for row in pattern]
    #[derive(Debug, PartialEq)]
    struct Cell {
        alive: bool,
    }
    let pattern = ["#.", ".#"];
    let grid = comp![[Cell { alive: ch == '#' } for ch in row.chars()] for row in pattern];
    let mut want = Vec::new();
    for row in pattern {
        want.push(
            row.chars()
                .map(|ch| Cell { alive: ch == '#' })
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(grid, want);
    // A block before an inner `for` is still a statement of the element.
    let sums = comp![{ let mut s = 0; for v in 0..n { s += v } s } for n in 1..4];
    assert_eq!(sums, [0, 1, 3]);
}

#[test]
fn conditional_element_only_evaluates_the_taken_branch() {
    let calls = std::cell::Cell::new(0);
    let bump = |v: i32| {
        calls.set(calls.get() + 1);
        v
    };
    let v = comp![bump(x) if x > 1 else bump(-x) for x in 0..4];
    assert_eq!(v, vec![0, -1, 2, 3]);
    assert_eq!(calls.get(), 4);
}

#[test]
fn closure_as_element() {
    let fs = comp![move |y: i32| y + x for x in 0..3];
    assert_eq!(fs.len(), 3);
    assert_eq!(comp![f(10) for f in &fs], vec![10, 11, 12]);
    // A `move` closure element also capturing an outer variable.
    let k = 100;
    let gs = comp![move |y: i32| y * x + k for x in 1..3];
    assert_eq!(gs[1](5), 110);
    // `move ||`: closures capture each value (Python's lambdas would late-bind).
    let hs = comp![move || x for x in 0..3];
    assert_eq!(comp![h() for h in &hs], vec![0, 1, 2]);
    // A leading `move` for the comprehension, then a `move` closure element.
    let label = &String::from("n");
    let ls = comp!(move move |y: i32| format!("{label}{y}") for _x in 0..1);
    assert_eq!(ls[0](7), "n7");
    let lazy: Vec<i32> = comp!((move || x * 2 for x in 0..3)).map(|f| f()).collect();
    assert_eq!(lazy, vec![0, 2, 4]);
}

#[test]
fn loops_with_break_inside_the_element() {
    let v = comp![{
        let mut n = x;
        loop {
            if n % 3 == 0 {
                break n;
            }
            n += 1;
        }
    } for x in 0..5];
    assert_eq!(v, vec![0, 3, 3, 3, 6]);
    let w = comp!['found: {
        for d in 2..x {
            if x % d == 0 {
                break 'found d;
            }
        }
        x
    } for x in 2..10];
    assert_eq!(w, vec![2, 3, 2, 5, 2, 7, 2, 3]);
}

#[test]
fn nested_comprehension_as_element() {
    let table = comp![comp![x * y for y in 0..3] for x in 0..3];
    assert_eq!(table, vec![vec![0, 0, 0], vec![0, 1, 2], vec![0, 2, 4]]);
    let sets = comp![comp!({y % 2 for y in 0..x}) for x in 0..3];
    assert_eq!(
        sets,
        vec![HashSet::new(), HashSet::from([0]), HashSet::from([0, 1])]
    );
    let lazies = comp![comp!((x + y for y in 0..2)).sum::<i32>() for x in 0..3];
    assert_eq!(lazies, vec![1, 3, 5]);
}

fn total(it: impl Iterator<Item = i32>) -> i32 {
    it.sum()
}

#[test]
fn nested_displays_are_nested_comprehensions() {
    let table = comp![[x * y for y in 0..3] for x in 0..3];
    assert_eq!(table, vec![vec![0, 0, 0], vec![0, 1, 2], vec![0, 2, 4]]);
    let sets: Vec<HashSet<i32>> = comp![{y % 2 for y in 0..x} for x in 0..3];
    assert_eq!(
        sets,
        vec![HashSet::new(), HashSet::from([0]), HashSet::from([0, 1])]
    );
    let dicts: Vec<HashMap<i32, i32>> = comp![{y: x for y in 0..x} for x in 0..3];
    assert_eq!(dicts[2], HashMap::from([(0, 2), (1, 2)]));
    let in_iterable = comp![z for x in 0..3 for z in [y * 10 for y in 0..x]];
    assert_eq!(in_iterable, vec![0, 0, 10]);
    let in_condition = comp![x for x in 0..4 if [y for y in 0..x if y % 2 == 1].len() == 1];
    assert_eq!(in_condition, vec![2, 3]);
}

#[test]
fn generator_arguments_are_lazy_comprehensions() {
    let sums = comp![total(y for y in 0..x) for x in 0..4];
    assert_eq!(sums, vec![0, 0, 1, 3]);
    let turbofish = comp![Iterator::sum::<i32>(y * x for y in 0..3) for x in 1..3];
    assert_eq!(turbofish, vec![3, 6]);
    // Indexing is not a display.
    let rows = [[1, 2], [3, 4]];
    assert_eq!(comp![rows[i][i] for i in 0..2], vec![1, 4]);
}

#[test]
fn block_element_with_a_for_loop_statement() {
    let v = comp![{
        let mut s = 0;
        for y in 0..x {
            s += y;
        }
        s
    } for x in 0..4];
    assert_eq!(v, vec![0, 0, 1, 3]);
}

#[test]
fn struct_literal_element() {
    let v = comp![Point { x, y: -x } for x in 0..2];
    assert_eq!(v, vec![Point { x: 0, y: 0 }, Point { x: 1, y: -1 }]);
    let s = comp!({Point { x: x % 2, y: 0 } for x in 0..5});
    assert_eq!(s.len(), 2);
    let d = comp!({x: Point { x, y: x } for x in 0..2});
    assert_eq!(d[&1], Point { x: 1, y: 1 });
    let lazy: Vec<Point> = comp!((Point { x, y: 1 } for x in 0..2)).collect();
    assert_eq!(lazy, vec![Point { x: 0, y: 1 }, Point { x: 1, y: 1 }]);
}

#[test]
fn block_element() {
    let v = comp![{
        let sq = x * x;
        sq + 1
    } for x in 0..3];
    assert_eq!(v, vec![1, 2, 5]);
}

#[test]
fn rust_if_and_match_expressions_as_elements() {
    let v = comp![if x > 0 { 'p' } else { 'n' } for x in -1..2];
    assert_eq!(v, vec!['n', 'n', 'p']);
    let w = comp![match x { 0 => "zero", _ => "other" } for x in 0..2];
    assert_eq!(w, vec!["zero", "other"]);
    // A method named like a Python word (`Option::and`, `Option::or`) in a
    // Rust `if` element is the method, not a Python habit.
    let options = [Some(1), None];
    let u = comp![if x.and(Some(2)).or(None).is_some() { 1 } else { 2 } for x in options];
    assert_eq!(u, vec![1, 2]);
}

#[test]
fn method_call_and_macro_elements() {
    let names = ["ann", "bob"];
    let v = comp![n.to_uppercase() for n in names];
    assert_eq!(v, vec!["ANN".to_string(), "BOB".to_string()]);
    let w = comp![format!("{i}:{n}") for i, n in names.iter().enumerate()];
    assert_eq!(w, vec!["0:ann".to_string(), "1:bob".to_string()]);
}

// ---- move ---------------------------------------------------------------------

fn scaled(k: i32, n: i32) -> impl Iterator<Item = i32> {
    comp!(move (x * k for x in 0..n))
}

fn prefixed(n: usize) -> impl Iterator<Item = String> {
    let prefix = String::from("item-");
    comp!(move (format!("{prefix}{i}") for i in 0..n))
}

#[test]
fn move_lazy_comprehension_returned_from_a_function() {
    assert_eq!(scaled(3, 4).collect::<Vec<_>>(), vec![0, 3, 6, 9]);
    assert_eq!(
        prefixed(2).collect::<Vec<_>>(),
        vec!["item-0".to_string(), "item-1".to_string()]
    );
}

#[test]
fn move_eager_comprehension_takes_ownership() {
    use std::rc::Rc;
    let shared = Rc::new(5);
    let copy = Rc::clone(&shared);
    let v = comp!(move [x + *copy for x in 0..2]);
    assert_eq!(v, vec![5, 6]);
    // `copy` was moved into the comprehension and dropped with it.
    assert_eq!(Rc::strong_count(&shared), 1);
    let copy = Rc::clone(&shared);
    let w = comp![x + *copy for x in 0..2];
    assert_eq!(w, vec![5, 6]);
    // Without `move` the comprehension only borrowed it.
    assert_eq!(Rc::strong_count(&copy), 2);
}

#[test]
fn move_lazy_with_nested_fors() {
    let (a, b) = (1, 10);
    let it = comp!(move (x * a + y * b for x in 0..2 for y in 0..2));
    assert_eq!(it.collect::<Vec<_>>(), vec![0, 10, 1, 11]);
}

#[test]
fn lazy_inner_clause_uses_outer_non_copy_via_reference() {
    let names = vec!["a".to_string(), "b".to_string()];
    let r = &names;
    let v: Vec<String> = comp!((format!("{}{}", r[i], x) for x in 0..2 for i in 0..2)).collect();
    assert_eq!(v, vec!["a0", "b0", "a1", "b1"]);
    assert_eq!(names.len(), 2);
}

// ---- sizes and order ------------------------------------------------------------

#[test]
fn empty_inputs_give_empty_collections() {
    let none: Vec<i32> = Vec::new();
    let v: Vec<&i32> = comp![x for x in &none];
    assert!(v.is_empty());
    let s: HashSet<i32> = comp!({*x for x in &none});
    assert!(s.is_empty());
    let d: HashMap<i32, i32> = comp!({*x: *x for x in &none});
    assert!(d.is_empty());
    assert_eq!(comp!((x for x in &none)).count(), 0);
    let inner_empty: Vec<(i32, i32)> = comp![(x, y) for x in 0..3 for y in Vec::<i32>::new()];
    assert!(inner_empty.is_empty());
    let all_filtered: Vec<i32> = comp![x for x in 0..10 if x > 100];
    assert!(all_filtered.is_empty());
}

#[test]
fn large_inputs() {
    let n = 1_000_000u64;
    let v = comp![x * 2 for x in 0..n];
    assert_eq!(v.len(), 1_000_000);
    assert_eq!(v[999_999], 1_999_998);
    assert_eq!(v.iter().sum::<u64>(), n * (n - 1));
    let evens = comp![x for x in 0..n if x % 2 == 0];
    assert_eq!(evens.len(), 500_000);
    let s = comp!({x % 1000 for x in 0..n});
    assert_eq!(s.len(), 1000);
    let d = comp!({x: x + 1 for x in 0..100_000u64});
    assert_eq!(d.len(), 100_000);
    assert_eq!(d[&99_999], 100_000);
    let total: u64 = comp!((x for x in 0..n for _ in 0..2)).sum();
    assert_eq!(total, n * (n - 1));
}

#[test]
fn lists_keep_iteration_order() {
    let xs = vec![5, 3, 9, 1, 7];
    let v: Vec<&i32> = comp![x for x in &xs];
    assert_eq!(v, vec![&5, &3, &9, &1, &7]);
    let r: Vec<i32> = comp![*x for x in xs.iter().rev()];
    assert_eq!(r, vec![7, 1, 9, 3, 5]);
    let letters = comp![c for w in ["ab", "cd"] for c in w.chars()];
    assert_eq!(letters, vec!['a', 'b', 'c', 'd']);
    let lazy: String = comp!((c for w in ["ab", "cd"] for c in w.chars())).collect();
    assert_eq!(lazy, "abcd");
}

// ---- regressions: shapes that once failed to compile ----------------------------

mod regressions {
    use super::*;

    // Once a bug: without a filter the list/set is built with `Extend`, and both
    // `Vec<&i32>` and `Vec<i32>` implement `Extend<&i32>`: the element type
    // no longer fixes the collection type (`E0282 type annotations needed`).
    // Once a bug: the pre-pass takes any group holding a `for` that does not follow
    // `;`, `:` or `{..}` for a nested display, so a block element whose for
    // loop follows a closure's `|..|`, a match arm's `=>` or an attribute
    // `#[..]` becomes a set comprehension ("expected `for` after the element",
    // "expected curly braces"), though docs/reference.md says elements are Rust expressions.
    #[test]
    fn for_loop_expressions_inside_a_block_element() {
        let closure = comp![{
            let mut v = Vec::new();
            let mut push = |n: i32| for y in 0..n { v.push(y) };
            push(x);
            v
        } for x in 0..3];
        assert_eq!(closure, vec![vec![], vec![0], vec![0, 1]]);
        let arm = comp![{
            let mut v = Vec::new();
            match x {
                0 => for y in 0..2 { v.push(y) },
                _ => v.push(9),
            }
            v
        } for x in 0..2];
        assert_eq!(arm, vec![vec![0, 1], vec![9]]);
        let attr = comp![{
            let mut n = 0;
            #[allow(unused_variables)]
            for y in 0..x { n += 1 }
            n
        } for x in 0..3];
        assert_eq!(attr, vec![0, 1, 2]);
    }

    #[test]
    fn list_of_references_infers_its_type_from_the_element() {
        let xs = vec![1, 2, 3];
        let v = comp![x for x in &xs];
        assert_eq!(format!("{v:?}"), "[1, 2, 3]");
    }

    #[test]
    fn set_of_references_infers_its_type_from_the_element() {
        let xs = vec![2, 2];
        let s = comp!({x for x in &xs});
        assert_eq!(format!("{s:?}"), "{2}");
    }

    #[test]
    fn dict_of_references_infers_its_type_from_the_element() {
        let xs = vec![2, 2];
        let d = comp!({x: x for x in &xs});
        assert_eq!(format!("{d:?}"), "{2: 2}");
    }
}

// A lazy form takes the type its use expects through the runtime's
// `IteratorAs` (a mismatch is that bound's error, `tests/ui/lazy_returned_as_box_dyn.rs`):
// boxed, borrowed as a trait object, returned as `impl Iterator`, or
// borrowing a temporary of its first iterable, it is the iterator itself.
fn evens_boxed(xs: Vec<i32>) -> Box<dyn Iterator<Item = i32>> {
    Box::new(comp!(move (x for x in xs if x % 2 == 0)))
}

fn doubled(xs: &[i32]) -> impl Iterator<Item = i32> + '_ {
    comp!((x * 2 for x in xs))
}

#[test]
fn lazy_form_in_the_types_a_use_expects() {
    assert_eq!(evens_boxed(vec![1, 2, 3, 4]).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(doubled(&[1, 2]).collect::<Vec<_>>(), [2, 4]);
    let dynamic: &mut dyn Iterator<Item = i32> = &mut comp!((x + 1 for x in 0..3));
    assert_eq!(dynamic.next(), Some(1));
    let line = String::from(" A,Bc ");
    let total: usize = comp!((w.len() for w in line.trim().to_lowercase().split(','))).sum();
    assert_eq!(total, 3);
}

#[test]
fn displays_nest_in_std_macro_arguments_and_in_redundant_parentheses() {
    // Python: [f"{name}: {sum(1 for s in scores if s > 50)}" for name, scores in classes]
    let classes = [("a", vec![40, 60, 70]), ("b", vec![10])];
    let passed = comp![format!("{name}: {}", (s for s in scores if *s > 50).count()) for (name, scores) in &classes];
    assert_eq!(passed, ["a: 2", "b: 0"]);
    let best = comp![vec![(s * 2 for s in scores).max()] for (_, scores) in &classes];
    assert_eq!(best, [[Some(140)], [Some(20)]]);
    // Python: ((x * 2 for x in xs)) is the generator itself.
    let doubled: Vec<i32> = comp!(((x * 2 for x in [1, 2]))).collect();
    assert_eq!(doubled, [2, 4]);
}
