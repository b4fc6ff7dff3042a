//! Round 7: real-world Python comprehensions translated by a user who read
//! only the README and docs/reference.md. Focus: eager `acomp!` in every
//! position, Python conditionals everywhere, nested generators as call
//! arguments, walrus / chained comparisons, unit elements.

// Style lints of the surrounding test code (fixtures, hand-written reference
// loops), not of the comprehensions themselves.
#![allow(
    clippy::useless_vec,
    clippy::type_complexity,
    clippy::needless_range_loop
)]

use comprehensions::{acomp, comp};
use futures::StreamExt;
use std::collections::{HashMap, HashSet};
use std::num::ParseIntError;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------
// sync: conditionals in every position
// ---------------------------------------------------------------------------

// labels = ["even" if n % 2 == 0 else "odd" for n in nums]
#[test]
fn cond_whole_element() {
    let nums = vec![1, 2, 3, 4];
    let labels: Vec<&str> = comp!["even" if n % 2 == 0 else "odd" for n in &nums];
    assert_eq!(labels, vec!["odd", "even", "odd", "even"]);
}

// scaled = [(x if x > 0 else 0) * 2 for x in xs]
#[test]
fn cond_paren_then_operator() {
    let xs = vec![-3, 1, 0, 5];
    let scaled = comp![(x if x > 0 else 0) * 2 for x in xs];
    assert_eq!(scaled, vec![0, 2, 0, 10]);
}

// shown = [(s if s else "anonymous").upper() for s in names]
#[test]
fn cond_paren_then_method() {
    let names = vec!["bob", "", "eve"];
    let shown = comp![(s if !s.is_empty() else "anonymous").to_uppercase() for s in names];
    assert_eq!(shown, vec!["BOB", "ANONYMOUS", "EVE"]);
}

// clean = {k: (v if v is not None else 0) for k, v in raw.items()}
#[test]
fn cond_dict_value() {
    let raw: HashMap<&str, Option<i32>> = HashMap::from([("a", Some(3)), ("b", None)]);
    let clean = comp!({*k: (v.unwrap() if v.is_some() else 0) for (k, v) in &raw});
    let mut want = HashMap::new();
    want.insert("a", 3);
    want.insert("b", 0);
    assert_eq!(clean, want);
}

// by_sign = {("neg" if v < 0 else "pos"): v for v in vals}
#[test]
fn cond_dict_key() {
    let vals = vec![-1, 4, -7, 2];
    let by_sign = comp!({("neg" if v < 0 else "pos"): v for v in vals});
    assert_eq!(by_sign["neg"], -7);
    assert_eq!(by_sign["pos"], 2);
    assert_eq!(by_sign.len(), 2);
}

// msgs = [f"{n} item{'' if n == 1 else 's'}" for n in counts]
#[test]
fn cond_in_format_positional() {
    let counts = vec![0, 1, 2];
    let msgs = comp![format!("{n} item{}", "" if n == 1 else "s") for n in counts];
    assert_eq!(msgs, vec!["0 items", "1 item", "2 items"]);
}

struct User {
    id: u32,
    name: String,
    active: bool,
    age: u32,
}

fn users() -> Vec<User> {
    vec![
        User {
            id: 1,
            name: "ann".into(),
            active: true,
            age: 31,
        },
        User {
            id: 2,
            name: "bo".into(),
            active: false,
            age: 17,
        },
        User {
            id: 3,
            name: "cy".into(),
            active: true,
            age: 18,
        },
    ]
}

// rows = [f"{u.name}: {'active' if u.active else 'inactive'}" for u in users]
#[test]
fn cond_in_format_named_arg() {
    let us = users();
    let rows = comp![format!("{name}: {status}", name = u.name, status = "active" if u.active else "inactive") for u in &us];
    assert_eq!(rows, vec!["ann: active", "bo: inactive", "cy: active"]);
}

// out = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
#[test]
fn cond_chained_fizzbuzz() {
    let out = comp!["FizzBuzz".to_string() if i % 15 == 0 else "Fizz".to_string() if i % 3 == 0 else "Buzz".to_string() if i % 5 == 0 else i.to_string() for i in 1..16];
    let mut want = Vec::new();
    for i in 1..16 {
        want.push(if i % 15 == 0 {
            "FizzBuzz".to_string()
        } else if i % 3 == 0 {
            "Fizz".to_string()
        } else if i % 5 == 0 {
            "Buzz".to_string()
        } else {
            i.to_string()
        });
    }
    assert_eq!(out, want);
}

// groups = [(u.name, "adult" if u.age >= 18 else "minor") for u in users]
#[test]
fn cond_in_tuple() {
    let us = users();
    let groups = comp![(u.name.as_str(), "adult" if u.age >= 18 else "minor") for u in &us];
    assert_eq!(
        groups,
        vec![("ann", "adult"), ("bo", "minor"), ("cy", "adult")]
    );
}

// pairs = [[x, x if x > 5 else 0] for x in xs]
#[test]
fn cond_in_vec_macro() {
    let xs = vec![3, 8];
    let pairs = comp![vec![x, x if x > 5 else 0] for x in xs];
    assert_eq!(pairs, vec![vec![3, 0], vec![8, 8]]);
}

// clipped = [max(x, 0 if strict else -10) for x in xs]
#[test]
fn cond_in_call_argument() {
    let xs = vec![-20, -5, 7];
    let strict = false;
    let clipped = comp![std::cmp::max(*x, 0 if strict else -10) for x in &xs];
    assert_eq!(clipped, vec![-10, -5, 7]);
}

// relu = [list(map(lambda v: v if v > 0 else 0, row)) for row in m]
#[test]
fn cond_in_closure_body() {
    let m = vec![vec![-1, 2], vec![3, -4]];
    let relu = comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &m];
    assert_eq!(relu, vec![vec![0, 2], vec![3, 0]]);
}

// big = [x for x in xs if (x if x > 0 else -x) > 2]
#[test]
fn cond_in_filter() {
    let xs = vec![-5, 1, 3, -2];
    let big = comp![x for x in xs if (x if x > 0 else -x) > 2];
    assert_eq!(big, vec![-5, 3]);
}

// longer = [(a if len(a) > len(b) else b).lower() for a, b in pairs]
#[test]
fn cond_paren_method_tuple_pattern() {
    let pairs = vec![("Hello", "Hi"), ("A", "Bee")];
    let longer = comp![(a if a.len() > b.len() else b).to_lowercase() for a, b in pairs];
    assert_eq!(longer, vec!["hello", "bee"]);
}

// keys = {w.lower() if case_insensitive else w for w in words}
#[test]
fn cond_set_element() {
    let words = vec!["Go", "go", "Rust"];
    let case_insensitive = true;
    let keys = comp!({w.to_lowercase() if case_insensitive else w.to_string() for w in &words});
    assert_eq!(keys, HashSet::from(["go".to_string(), "rust".to_string()]));
}

// neg = [-(x if x > 0 else 0) for x in xs]
#[test]
fn cond_under_unary_minus() {
    let xs = vec![4, -1];
    let neg = comp![-(x if x > 0 else 0) for x in xs];
    assert_eq!(neg, vec![-4, 0]);
}

// col = [row[0 if flip else 1] for row in rows]
#[test]
fn cond_as_index() {
    let rows = vec![[1, 2], [3, 4]];
    let flip = false;
    let col = comp![row[0 if flip else 1] for row in &rows];
    assert_eq!(col, vec![2, 4]);
}

#[derive(Debug, PartialEq, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

// pts = [Point(x=x, y=y if y > 0 else 0) for x, y in coords]
#[test]
fn cond_in_struct_literal_field() {
    let coords = vec![(1, -1), (2, 5)];
    // FOUND (fixed): a Python conditional as a struct literal field value was not rewritten ("expected `,`")
    let pts = comp![Point { x, y: y if y > 0 else 0 } for (x, y) in coords];
    assert_eq!(pts, vec![Point { x: 1, y: 0 }, Point { x: 2, y: 5 }]);
}

// ratios = [float(a) / b if b else 0.0 for a, b in rows]
#[test]
fn cond_with_cast() {
    let rows = vec![(1, 2), (3, 0)];
    let ratios = comp![a as f64 / b as f64 if b != 0 else 0.0 for (a, b) in rows];
    assert_eq!(ratios, vec![0.5, 0.0]);
}

// grades = ["A" if s >= 90 else ("B" if s >= 80 else "C") for s in scores]
#[test]
fn cond_nested_parenthesised() {
    let scores = vec![95, 85, 10];
    let grades = comp!["A" if s >= 90 else ("B" if s >= 80 else "C") for s in scores];
    assert_eq!(grades, vec!["A", "B", "C"]);
}

// cells = [(x if x is not None else "").strip() + "|" for x in row]
#[test]
fn cond_paren_method_then_plus() {
    let row = vec![Some(" a "), None];
    let cells = comp![(x.unwrap() if x.is_some() else "").trim().to_string() + "|" for x in row];
    assert_eq!(cells, vec!["a|", "|"]);
}

// ---------------------------------------------------------------------------
// sync: nested generators as call arguments
// ---------------------------------------------------------------------------

// tri = [sum(x * y for y in range(x)) for x in xs]
#[test]
fn gen_sum_call_arg() {
    let xs = vec![1, 3, 4];
    let tri = comp![Iterator::sum::<i32>(x * y for y in 0..x) for x in xs];
    let mut want = vec![];
    for x in [1, 3, 4] {
        let mut s = 0;
        for y in 0..x {
            s += x * y;
        }
        want.push(s);
    }
    assert_eq!(tri, want);
}

// tri = [sum(x * y for y in range(x)) for x in xs]  (method form)
#[test]
fn gen_sum_method_on_nested() {
    let xs = vec![1, 3, 4];
    let tri = comp![(x * y for y in 0..x).sum::<i32>() for x in xs];
    assert_eq!(tri, vec![0, 9, 24]);
}

// has_digit = [any(c.isdigit() for c in w) for w in words]
#[test]
fn gen_any_nested() {
    let words = vec!["abc", "a1", "42"];
    let has_digit = comp![(c.is_ascii_digit() for c in w.chars()).any(|b| b) for w in &words];
    assert_eq!(has_digit, vec![false, true, true]);
}

// cleaned = ["".join(c for c in s if c.isalnum()) for s in lines]
#[test]
fn gen_join_from_iter() {
    let lines = vec!["a-b c!", "x_1"];
    let cleaned =
        comp![String::from_iter(c for c in s.chars() if c.is_alphanumeric()) for s in &lines];
    assert_eq!(cleaned, vec!["abc", "x1"]);
}

// widest = [max(len(w) for w in line.split()) for line in text]
#[test]
fn gen_max_call_arg() {
    let text = vec!["a bbb cc", "dddd e"];
    let widest = comp![Iterator::max(w.len() for w in line.split_whitespace()).unwrap_or(0) for line in &text];
    assert_eq!(widest, vec![3, 4]);
}

// rev = [" ".join(w[::-1] for w in line.split()) for line in lines]
#[test]
fn gen_join_nested_list_then_method() {
    let lines = vec!["ab cd", "xyz"];
    let rev = comp![[w.chars().rev().collect::<String>() for w in line.split_whitespace()].join(" ") for line in &lines];
    assert_eq!(rev, vec!["ba dc", "zyx"]);
}

// n_a = sum(1 for w in words if w.startswith("a"))
#[test]
fn gen_top_level_sum() {
    let words = vec!["apple", "bob", "avocado"];
    let n_a: usize = comp!((1 for w in &words if w.starts_with('a'))).sum();
    assert_eq!(n_a, 2);
}

// nearest = [min((abs(x - t), x) for x in xs)[1] for t in targets]
#[test]
fn gen_min_tuple_element() {
    let xs = vec![1i32, 5, 10];
    let targets = vec![4, 9];
    let nearest =
        comp![Iterator::min(((x - t).abs(), *x) for x in &xs).unwrap().1 for t in &targets];
    assert_eq!(nearest, vec![5, 10]);
}

// vocab = {doc: set(w for line in lines for w in line.split()) for doc, lines in docs.items()}
#[test]
fn gen_set_from_iter_two_fors() {
    let docs = vec![("d1", vec!["a b", "b c"]), ("d2", vec!["z"])];
    let vocab = comp!({*doc: HashSet::<&str>::from_iter(w for line in lines for w in line.split_whitespace()) for (doc, lines) in &docs});
    assert_eq!(vocab["d1"], HashSet::from(["a", "b", "c"]));
    assert_eq!(vocab["d2"], HashSet::from(["z"]));
}

// total = sum(len(w) for line in lines for w in line.lower().split())
#[test]
fn gen_top_level_temporaries() {
    let lines = vec!["  ab c ", "def  "];
    let total: usize =
        comp!((w.len() for line in &lines for w in line.to_lowercase().split_whitespace())).sum();
    assert_eq!(total, 6);
}

// ---------------------------------------------------------------------------
// sync: walrus, chained comparisons, if let, let, dependent fors
// ---------------------------------------------------------------------------

fn score(x: i32) -> i32 {
    x * 3 - 4
}

// ok = [y for x in xs if 0 < (y := score(x)) < 10]
#[test]
fn walrus_in_chained_comparison() {
    let xs = vec![1, 2, 3, 4, 5];
    let ok = comp![y for x in xs if 0 < (y := score(x)) < 10];
    let mut want = vec![];
    for x in 1..=5 {
        let y = score(x);
        if 0 < y && y < 10 {
            want.push(y);
        }
    }
    assert_eq!(ok, want);
}

// errors = [m[len("ERROR: "):] for line in log if (m := line) .startswith("ERROR: ")]
#[test]
fn if_let_strip_prefix() {
    let log = vec!["ERROR: disk", "INFO: ok", "ERROR: net"];
    let errors = comp![rest for line in &log if let Some(rest) = line.strip_prefix("ERROR: ")];
    assert_eq!(errors, vec!["disk", "net"]);
}

// long = [(w, n) for w in words if (n := len(w)) > 3]
#[test]
fn walrus_in_tuple_element() {
    let words = vec!["a", "abcd", "xyzzy"];
    let long = comp![(w, n) for w in words if (n := w.len()) > 3];
    assert_eq!(long, vec![("abcd", 4), ("xyzzy", 5)]);
}

// caps = [c for line in text.splitlines() for w in line.strip().split() for c in w if c.isupper()]
#[test]
fn three_fors_temporaries() {
    let text = "  Hello World \n rust Is";
    let caps = comp![c for line in text.lines() for w in line.trim().split(' ') for c in w.chars() if c.is_uppercase()];
    assert_eq!(caps, vec!['H', 'W', 'I']);
}

// n_words = len([w for w in line.strip().lower().split()])
#[test]
fn temporary_first_iterable_len() {
    let line = "  The Quick  brown ";
    let n_words = comp![w for w in line.trim().to_lowercase().split_whitespace()].len();
    assert_eq!(n_words, 3);
}

// words = [w for w in line.strip().lower().split() if w not in stop]
#[test]
fn temporary_first_iterable_owned() {
    let line = " The cat AND the hat ";
    let stop = ["the", "and"];
    let words = comp![w.to_string() for w in line.trim().to_lowercase().split_whitespace() if !stop.contains(&w)];
    assert_eq!(words, vec!["cat", "hat"]);
}

// pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if a[i] + a[j] == target]
#[test]
fn dependent_range() {
    let a = vec![1, 4, 3, 2, 5];
    let n = a.len();
    let target = 6;
    let pairs = comp![(i, j) for i in 0..n for j in i + 1..n if a[i] + a[j] == target];
    let mut want = vec![];
    for i in 0..n {
        for j in i + 1..n {
            if a[i] + a[j] == target {
                want.push((i, j));
            }
        }
    }
    assert_eq!(pairs, want);
}

// walls = [cell for row in grid for cell in row if cell != '.']
#[test]
fn grid_flatten() {
    let grid = vec!["#.#", "..#"];
    let walls = comp![cell for row in &grid for cell in row.chars() if cell != '.'];
    assert_eq!(walls.len(), 3);
}

// inside = [p for p in pts if 0 <= p.x < w and 0 <= p.y < h]
#[test]
fn two_chains_with_and() {
    let pts = vec![
        Point { x: 0, y: 0 },
        Point { x: 3, y: 1 },
        Point { x: 2, y: -1 },
        Point { x: 2, y: 1 },
    ];
    let (w, h) = (3, 2);
    let inside = comp![p for p in &pts if 0 <= p.x < w && 0 <= p.y < h];
    assert_eq!(inside, vec![&pts[0], &pts[3]]);
}

// same = [t for t in triples if t[0] == t[1] == t[2]]
#[test]
fn chained_equality() {
    let triples = vec![(1, 1, 1), (1, 2, 1), (3, 3, 3)];
    let same = comp![t for t in triples if t.0 == t.1 == t.2];
    assert_eq!(same, vec![(1, 1, 1), (3, 3, 3)]);
}

// digits = [q + r for n in ns for q, r in [divmod(n, 10)]]  (clippy: single_element_loop -> let clause)
#[test]
fn for_over_single_element_array() {
    let ns = vec![42, 17];
    let digits = comp![q + r for n in ns let (q, r) = (n / 10, n % 10)];
    assert_eq!(digits, vec![6, 8]);
}

// kept = [(y if y > 0 else 0) for x in raw if (y := parse(x)) is not None]  (let + if let)
#[test]
fn if_let_then_cond_element() {
    let raw = vec!["3", "x", "-2"];
    let kept = comp![(y if y > 0 else 0) for s in raw if let Ok(y) = s.parse::<i32>()];
    assert_eq!(kept, vec![3, 0]);
}

// mids = [m for lo, hi in ranges if lo < (m := (lo + hi) // 2) < hi]
#[test]
fn walrus_chain_tuple_pattern() {
    let ranges = vec![(0, 10), (3, 4), (5, 9)];
    let mids = comp![m for lo, hi in ranges if lo < (m := (lo + hi) / 2) < hi];
    assert_eq!(mids, vec![5, 7]);
}

// normed = [x / total for x in xs if (total := sum(xs))]  (let clause form)
#[test]
fn let_clause_then_filter() {
    let rows = vec![vec![1.0, 3.0], vec![], vec![2.0, 2.0]];
    let normed = comp![row.iter().map(|x| x / total).collect::<Vec<f64>>() for row in &rows let total: f64 = row.iter().sum() if total > 0.0];
    assert_eq!(normed, vec![vec![0.25, 0.75], vec![0.5, 0.5]]);
}

// ---------------------------------------------------------------------------
// sync: unit elements, discarded results, .len()
// ---------------------------------------------------------------------------

// [out.append(x * 2) for x in xs]
#[test]
fn unit_push_side_effect() {
    let xs = vec![1, 2, 3];
    let mut out = Vec::new();
    // Evaluated for its effects only: the unused `Vec<()>` warns
    // (`unused_must_use`, as `.map(..).collect::<Vec<_>>();` does).
    let _ = comp![out.push(x * 2) for x in &xs];
    assert_eq!(out, vec![2, 4, 6]);
}

// [setattr(o, "active", True) for o in objs if o.age >= 18]
#[test]
fn unit_assignment_element() {
    let mut us = users();
    let _ = comp![u.active = true for u in us.iter_mut() if u.age >= 18];
    let flags = comp![u.active for u in &us];
    assert_eq!(flags, vec![true, false, true]);
}

// [counts.__setitem__(k, counts[k] + 1) for k in counts]
#[test]
fn unit_compound_assignment() {
    let mut counts: HashMap<&str, i32> = HashMap::from([("a", 1), ("b", 5)]);
    let n = comp![*c += 1 for c in counts.values_mut()].len();
    assert_eq!(n, 2);
    assert_eq!(counts["a"], 2);
    assert_eq!(counts["b"], 6);
}

// n_new = len([seen.add(x) for x in xs if x not in seen])
#[test]
fn unit_insert_len() {
    let xs = vec![1, 2, 1, 3, 2];
    let mut seen = HashSet::new();
    let n_new = comp![seen.insert(*x) for x in &xs]
        .iter()
        .filter(|b| **b)
        .count();
    assert_eq!(n_new, 3);
    assert_eq!(seen.len(), 3);
}

// positives = len([x for x in xs if x > 0])
#[test]
fn len_of_filtered() {
    let xs = vec![-1, 2, 3, 0];
    assert_eq!(comp![x for x in &xs if *x > 0].len(), 2);
}

// ---------------------------------------------------------------------------
// sync: results in positions: returns, fields, `?`, match arms, closures
// ---------------------------------------------------------------------------

fn parse_ports(line: &str) -> Result<Vec<u16>, ParseIntError> {
    comp![p.trim().parse::<u16>()? for p in line.split(',')]
}

// def parse_ports(line): return [int(p) for p in line.split(",")]
#[test]
fn return_fallible_list() {
    assert_eq!(parse_ports("80, 443,8080").unwrap(), vec![80, 443, 8080]);
    assert!(parse_ports("80,x").is_err());
}

fn config_sum(line: &str) -> Result<u32, ParseIntError> {
    let ports = comp![p.parse::<u32>()? for p in line.split(':')]?;
    Ok(ports.iter().sum())
}

// ports = [int(p) for p in line.split(":")]  (raises)
#[test]
fn question_mark_on_result() {
    assert_eq!(config_sum("1:2:3"), Ok(6));
    assert!(config_sum("1::3").is_err());
}

struct Config {
    ports: Vec<u16>,
    hosts: HashSet<String>,
    weights: HashMap<String, f64>,
}

// cfg = Config(ports=[int(p) for p in ps], hosts={h.lower() for h in hs}, weights={k: float(v) for k, v in ws})
#[test]
fn struct_fields() {
    let ps = vec!["1", "2"];
    let hs = vec!["A", "a", "B"];
    let ws = vec![("x", "0.5")];
    let cfg = Config {
        ports: comp![p.parse().unwrap() for p in &ps],
        hosts: comp!({h.to_lowercase() for h in &hs}),
        weights: comp!({k.to_string(): v.parse().unwrap() for (k, v) in &ws}),
    };
    assert_eq!(cfg.ports, vec![1, 2]);
    assert_eq!(cfg.hosts.len(), 2);
    assert_eq!(cfg.weights["x"], 0.5);
}

// vals = [x * 2 for x in xs] if mode == "double" else [x for x in xs if x]
#[test]
fn match_arms() {
    let xs = vec![0, 1, 2];
    let pick = |mode: &str| match mode {
        "double" => comp![x * 2 for x in &xs],
        _ => comp![*x for x in &xs if *x != 0],
    };
    assert_eq!(pick("double"), vec![0, 2, 4]);
    assert_eq!(pick("nz"), vec![1, 2]);
}

// row = lambda n: [i * n for i in range(1, 4)]
#[test]
fn in_closure() {
    let row = |n: i32| comp![i * n for i in 1..=3];
    let table = comp![row(n) for n in 1..=2];
    assert_eq!(table, vec![vec![1, 2, 3], vec![2, 4, 6]]);
}

fn total(xs: &[i64]) -> i64 {
    xs.iter().sum()
}

// total([int(s) for s in fields if s])
#[test]
fn passed_to_function() {
    let fields = vec!["4", "", "6"];
    let t = total(&comp![s.parse::<i64>().unwrap() for s in &fields if !s.is_empty()]);
    assert_eq!(t, 10);
}

trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
struct Rect(f64, f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
}

// shapes = [Square(s) for s in sides]
#[test]
fn box_dyn_annotated() {
    let sides = vec![1.0, 2.0];
    let shapes: Vec<Box<dyn Shape>> = comp![Box::new(Sq(s)) for s in sides];
    assert_eq!(comp![s.area() for s in &shapes], vec![1.0, 4.0]);
}

// shapes = [Square(a) if b is None else Rect(a, b) for a, b in dims]
#[test]
fn box_dyn_conditional() {
    let dims = vec![(2.0, None), (2.0, Some(3.0))];
    let shapes: Vec<Box<dyn Shape>> = comp![Box::new(Sq(a)) if b.is_none() else Box::new(Rect(a, b.unwrap_or_default())) for (a, b) in dims];
    let areas = comp![s.area() for s in &shapes];
    assert_eq!(areas, vec![4.0, 6.0]);
}

// shapes = [Square(s) for s in sides]  (explicit cast in the element)
#[test]
fn cast_to_box_dyn_element() {
    let sides = vec![1.0, 3.0];
    // FOUND (fixed): `e as Box<dyn Shape>` in the element: "expected an expression" on `dyn` (the `<` read as a comparison)
    let shapes = comp![Box::new(Sq(s)) as Box<dyn Shape> for s in sides];
    assert_eq!(comp![s.area() for s in &shapes], vec![1.0, 9.0]);
}

// shapes = [Square(a) if b is None else Rect(a, b) for a, b in dims]  (explicit cast, conditional)
#[test]
fn cast_to_box_dyn_conditional() {
    let dims = vec![(2.0, None), (2.0, Some(3.0))];
    // FOUND (fixed): same `as Box<dyn Shape>` parse failure before a Python conditional
    let shapes = comp![Box::new(Sq(a)) as Box<dyn Shape> if b.is_none() else Box::new(Rect(a, b.unwrap_or_default())) for (a, b) in dims];
    assert_eq!(comp![s.area() for s in &shapes], vec![4.0, 6.0]);
}

// views = [s for s in squares]  (as a trait object reference)
#[test]
fn cast_to_ref_dyn() {
    let squares = vec![Sq(2.0), Sq(1.0)];
    let views = comp![s as &dyn Shape for s in &squares];
    assert_eq!(comp![v.area() for v in views], vec![4.0, 1.0]);
}

// handles = [shared for _ in range(3)]
#[test]
fn arc_clones() {
    let shared = Arc::new(String::from("cfg"));
    let handles = comp![Arc::clone(&shared) for _ in 0..3];
    assert_eq!(Arc::strong_count(&shared), 4);
    assert_eq!(handles.len(), 3);
}

// picked = [users[i] for i in idx if i < len(users)]
#[test]
fn refs_into_outer() {
    let us = users();
    let idx = vec![2, 9, 0];
    let picked: Vec<&User> = comp![&us[i] for i in idx if i < us.len()];
    assert_eq!(comp![u.id for u in picked], vec![3, 1]);
}

// found = [index.get(k) for k in keys]
#[test]
fn option_elements() {
    let index: HashMap<&str, u32> = HashMap::from([("a", 1)]);
    let found = comp![index.get(k) for k in ["a", "b"]];
    assert_eq!(found, vec![Some(&1), None]);
}

// ---------------------------------------------------------------------------
// async fixtures
// ---------------------------------------------------------------------------

async fn fetch_status(url: &str) -> u16 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    if url.contains("missing") {
        404
    } else {
        200
    }
}

async fn double(x: i32) -> i32 {
    tokio::task::yield_now().await;
    x * 2
}

async fn is_alive(host: &str) -> bool {
    tokio::task::yield_now().await;
    !host.starts_with("dead")
}

#[derive(Debug, Clone, PartialEq)]
struct Account {
    id: u32,
    name: String,
}

#[derive(Debug, Clone, PartialEq)]
struct FetchError(u32);

async fn get_account(id: u32) -> Result<Account, FetchError> {
    tokio::time::sleep(Duration::from_millis(5 * id as u64)).await;
    if id == 0 {
        Err(FetchError(id))
    } else {
        Ok(Account {
            id,
            name: format!("acct{id}"),
        })
    }
}

async fn lookup(k: &str) -> Option<i32> {
    tokio::task::yield_now().await;
    k.strip_prefix('k').and_then(|n| n.parse().ok())
}

async fn load_numbers(doc: &str) -> Vec<u32> {
    tokio::task::yield_now().await;
    doc.split(',').filter_map(|s| s.parse().ok()).collect()
}

async fn fetch_text(url: &str) -> String {
    tokio::task::yield_now().await;
    format!("<{url}>")
}

async fn price(item: &str) -> u32 {
    tokio::task::yield_now().await;
    item.len() as u32
}

async fn roles(user: &str) -> Vec<String> {
    tokio::task::yield_now().await;
    if user == "root" {
        vec!["admin".into(), "ops".into()]
    } else {
        vec!["dev".into()]
    }
}

async fn delayed(ms: u64, v: i32) -> i32 {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    v
}

fn urls() -> Vec<&'static str> {
    vec!["a.com", "missing.org", "b.net"]
}

// ---------------------------------------------------------------------------
// async: eager acomp! in every position
// ---------------------------------------------------------------------------

// statuses: list[int] = [await fetch_status(u) for u in urls]
#[tokio::test(start_paused = true)]
async fn acomp_annotated() {
    let us = urls();
    let statuses: Vec<u16> = acomp![await fetch_status(u) for u in &us];
    assert_eq!(statuses, vec![200, 404, 200]);
}

struct Report {
    codes: Vec<u16>,
    alive: HashSet<String>,
    lengths: HashMap<String, usize>,
}

// report = Report(codes=[...], alive={...}, lengths={u: len(await fetch_text(u)) for u in urls})
#[tokio::test(start_paused = true)]
async fn acomp_struct_fields() {
    let us = urls();
    let report = Report {
        codes: acomp![fetch_status(u).await for u in &us],
        alive: acomp!({u.to_string() for u in &us if is_alive(u).await}),
        lengths: acomp!({u.to_string(): fetch_text(u).await.len() for u in &us}),
    };
    assert_eq!(report.codes, vec![200, 404, 200]);
    assert_eq!(report.alive.len(), 3);
    assert_eq!(report.lengths["a.com"], 7);
}

async fn load_accounts(ids: &[u32]) -> Result<Vec<Account>, FetchError> {
    acomp![get_account(*id).await? for id in ids]
}

// async def load_accounts(ids): return [await get_account(i) for i in ids]
#[tokio::test(start_paused = true)]
async fn acomp_fallible_return() {
    let got = load_accounts(&[1, 2]).await.unwrap();
    assert_eq!(got[1].name, "acct2");
    assert_eq!(load_accounts(&[1, 0, 2]).await, Err(FetchError(0)));
}

async fn names_of(ids: Vec<u32>) -> Result<String, FetchError> {
    let accts = acomp![get_account(id).await? for id in ids]?;
    Ok(accts
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(","))
}

// accts = [await get_account(i) for i in ids]  (raises)
#[tokio::test(start_paused = true)]
async fn acomp_question_mark_after() {
    assert_eq!(names_of(vec![2, 1]).await.unwrap(), "acct2,acct1");
    assert!(names_of(vec![0]).await.is_err());
}

async fn names_concurrent(ids: &[u32]) -> Result<Vec<String>, FetchError> {
    let accts = acomp![get_account(*id).await? for id in ids; concurrency = 2]?;
    Ok(acomp![a.name.clone() for a in accts])
}

// accts = await asyncio.gather(*[get_account(i) for i in ids])
#[tokio::test(start_paused = true)]
async fn acomp_concurrency_question_mark() {
    assert_eq!(
        names_concurrent(&[3, 1, 2]).await.unwrap(),
        vec!["acct3", "acct1", "acct2"]
    );
    assert_eq!(names_concurrent(&[3, 0]).await, Err(FetchError(0)));
}

fn summarize(codes: &[u16]) -> usize {
    codes.iter().filter(|c| **c == 200).count()
}

fn summarize_owned(codes: Vec<u16>) -> usize {
    codes.len()
}

// ok = summarize([await fetch_status(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn acomp_passed_to_function() {
    let us = urls();
    assert_eq!(summarize(&acomp![fetch_status(u).await for u in &us]), 2);
    assert_eq!(
        summarize_owned(acomp![fetch_status(u).await for u in &us if u.ends_with(".com")]),
        1
    );
}

enum Source {
    Numbers,
    Doubles,
}

// data = [...] if source == "numbers" else [...]
#[tokio::test]
async fn acomp_match_arms() {
    let docs = vec!["1,2", "3"];
    for (src, want) in [
        (Source::Numbers, vec![3u32, 3]),
        (Source::Doubles, vec![2u32, 4, 6]),
    ] {
        let got = match src {
            Source::Numbers => acomp![load_numbers(d).await.iter().sum::<u32>() for d in &docs],
            Source::Doubles => acomp![n * 2 for d in &docs for n in load_numbers(d).await],
        };
        assert_eq!(got, want);
    }
}

// make = lambda n: [await double(i) for i in range(n)]  (an async closure)
#[tokio::test]
async fn acomp_in_closure_async_block() {
    let make = |n: i32| async move { acomp![double(i).await for i in 0..n] };
    assert_eq!(make(3).await, vec![0, 2, 4]);
}

// grid = [[await double(x * y) for y in ys] for x in xs]
#[tokio::test]
async fn acomp_nested_display_awaits() {
    let xs = vec![1, 2];
    let ys = vec![10, 20];
    let grid = acomp![[double(x * y).await for y in &ys] for x in &xs];
    assert_eq!(grid, vec![vec![20, 40], vec![40, 80]]);
}

// grid = [[await double(x * y) for y in ys] for x in xs]  (explicit inner acomp!)
#[tokio::test]
async fn acomp_nested_macro() {
    let xs = vec![1, 2];
    let ys = vec![10, 20];
    let grid = acomp![acomp![double(x * y).await for y in &ys] for x in &xs];
    assert_eq!(grid, vec![vec![20, 40], vec![40, 80]]);
}

// caps = [[c for c in await fetch_text(u) if c.isalpha()] for u in urls]
#[tokio::test]
async fn comp_nested_in_acomp() {
    let us = vec!["a.b", "cd"];
    let caps = acomp![[c for c in fetch_text(u).await.chars() if c.is_alphabetic()] for u in &us];
    assert_eq!(caps, vec![vec!['a', 'b'], vec!['c', 'd']]);
}

// task = asyncio.create_task(...[f"{prefix}{await double(x)}" for x in xs])  (moved into a task)
#[tokio::test]
async fn acomp_move_into_task() {
    let prefix = String::from("n=");
    let xs = vec![1, 2];
    let handle =
        tokio::spawn(
            async move { acomp!(move [format!("{prefix}{}", double(x).await) for x in xs]) },
        );
    assert_eq!(handle.await.unwrap(), vec!["n=2", "n=4"]);
}

// labelled = [f"{prefix}{await double(x)}" for x in xs]  (move, concurrency)
#[tokio::test]
async fn acomp_move_concurrency() {
    let prefix = String::from("v");
    let xs = vec![3, 4, 5];
    let out = acomp!(move [format!("{prefix}{}", double(x).await) for x in xs; concurrency = 2]);
    assert_eq!(out, vec!["v6", "v8", "v10"]);
}

// ---------------------------------------------------------------------------
// async: concurrency / unordered with various element types
// ---------------------------------------------------------------------------

// done = [r async for r in as_completed([delayed(ms, v) for ms, v in jobs])]
#[tokio::test(start_paused = true)]
async fn concurrency_unordered_completion_order() {
    let jobs = vec![(30, 1), (10, 2), (20, 3)];
    let done = acomp![delayed(ms, v).await for (ms, v) in jobs; concurrency = 3, unordered];
    assert_eq!(done, vec![2, 3, 1]);
}

// results = await asyncio.gather(*[delayed(ms, v) for ms, v in jobs])
#[tokio::test(start_paused = true)]
async fn concurrency_source_order_timing() {
    let jobs = vec![(30, 1), (10, 2), (20, 3), (10, 4)];
    let start = tokio::time::Instant::now();
    let results = acomp![delayed(*ms, *v).await for (ms, v) in &jobs; concurrency = 2];
    assert_eq!(results, vec![1, 2, 3, 4]);
    // slots: {30,10} -> at 10 start 20 (ends 30) -> at 30 both end, start 10 -> ends 40
    assert_eq!(start.elapsed(), Duration::from_millis(40));
}

// pairs = [(u, await fetch_status(u)) for u in urls]  (gathered)
#[tokio::test(start_paused = true)]
async fn concurrency_tuple_elements() {
    let us = urls();
    let pairs = acomp![(u, fetch_status(u).await) for u in &us; concurrency = 3];
    assert_eq!(
        pairs,
        vec![(&"a.com", 200), (&"missing.org", 404), (&"b.net", 200)]
    );
}

// vals = await asyncio.gather(*[lookup(k) for k in keys])
#[tokio::test]
async fn concurrency_option_elements() {
    let keys = vec!["k1", "zz", "k30"];
    let vals: Vec<Option<i32>> = acomp![lookup(k).await for k in &keys; concurrency = 2];
    assert_eq!(vals, vec![Some(1), None, Some(30)]);
}

// results = await asyncio.gather(*[get_account(i) for i in ids], return_exceptions=True)
#[tokio::test(start_paused = true)]
async fn concurrency_result_elements() {
    let ids = vec![2, 0, 1];
    let results: Vec<Result<Account, FetchError>> =
        acomp![get_account(id).await for id in ids; concurrency = 3];
    assert_eq!(results[1], Err(FetchError(0)));
    assert_eq!(results[2].as_ref().unwrap().id, 1);
}

// ok = [a async for a in ... if not isinstance(a, Exception)]  (skip failures)
#[tokio::test(start_paused = true)]
async fn skip_failures_if_let() {
    let ids = vec![2, 0, 1];
    let ok = acomp![a.id for id in ids if let Ok(a) = get_account(id).await];
    assert_eq!(ok, vec![2, 1]);
}

trait Handler {
    fn handle(&self, x: i32) -> i32;
}
struct Add(i32);
struct Mul(i32);
impl Handler for Add {
    fn handle(&self, x: i32) -> i32 {
        x + self.0
    }
}
impl Handler for Mul {
    fn handle(&self, x: i32) -> i32 {
        x * self.0
    }
}

// handlers = await gather(*[make_add(n) for n in names])
#[tokio::test]
async fn box_dyn_async_annotated_concurrency() {
    let ns = vec![1, 2];
    let handlers: Vec<Box<dyn Handler>> =
        acomp![Box::new(Add(double(n).await)) for n in ns; concurrency = 2];
    assert_eq!(comp![h.handle(10) for h in &handlers], vec![12, 14]);
}

// handlers = [Add(await load(n)) for n in names]
#[tokio::test]
async fn box_dyn_async_annotated() {
    let ns = vec![1, 2];
    let handlers: Vec<Box<dyn Handler>> = acomp![Box::new(Add(double(n).await)) for n in ns];
    assert_eq!(comp![h.handle(10) for h in &handlers], vec![12, 14]);
}

// handlers = [Add(v) if kind == "add" else Mul(v) for kind, v in specs]  (sequential)
#[tokio::test]
async fn box_dyn_async_conditional() {
    let specs = vec![("add", 1), ("mul", 3)];
    let handlers: Vec<Box<dyn Handler>> = acomp![Box::new(Add(double(v).await)) if kind == "add" else Box::new(Mul(double(v).await)) for (kind, v) in specs];
    assert_eq!(comp![h.handle(10) for h in &handlers], vec![12, 60]);
}

// handlers = [Add(v) if kind == "add" else Mul(v) for kind, v in specs]  (awaited values)
#[tokio::test]
async fn box_dyn_async_conditional_concurrency() {
    let specs = vec![("add", 1), ("mul", 3)];
    let handlers: Vec<Box<dyn Handler>> =
        // FOUND (fixed): under `concurrency` the annotated type did not reach the conditional element (Box<Add> vs Box<Mul>)
        acomp![Box::new(Add(double(v).await)) if kind == "add" else Box::new(Mul(double(v).await)) for (kind, v) in specs; concurrency = 2];
    assert_eq!(comp![h.handle(10) for h in &handlers], vec![12, 60]);
}

struct Client {
    calls: AtomicUsize,
}
impl Client {
    async fn get(&self, u: &str) -> usize {
        self.calls.fetch_add(1, Ordering::SeqCst);
        tokio::task::yield_now().await;
        u.len()
    }
}

// sizes = await asyncio.gather(*[client.get(u) for u in urls])  (shared client)
#[tokio::test]
async fn arc_client_concurrency() {
    let client = Arc::new(Client {
        calls: AtomicUsize::new(0),
    });
    let us = urls();
    let sizes = acomp![client.get(u).await for u in &us; concurrency = 2];
    assert_eq!(sizes, vec![5, 11, 5]);
    assert_eq!(client.calls.load(Ordering::SeqCst), 3);
}

// shared = [Arc(await load(k)) for k in keys]
#[tokio::test]
async fn arc_elements() {
    let keys = vec!["k1", "k2"];
    let shared = acomp![Arc::new(lookup(k).await.unwrap()) for k in &keys];
    assert_eq!(*shared[1], 2);
}

// valid = [items[i] for i in idx if await is_alive(items[i])]
#[tokio::test]
async fn refs_into_outer_async() {
    let items = vec!["h1".to_string(), "dead2".to_string(), "h3".to_string()];
    let idx = vec![2, 1, 0];
    let valid: Vec<&String> = acomp![&items[i] for i in idx if is_alive(&items[i]).await];
    assert_eq!(valid, vec![&items[2], &items[0]]);
}

// checked = await gather(*[(items[i], await is_alive(items[i])) for i in idx])
#[tokio::test]
async fn refs_into_outer_concurrency() {
    let items = vec!["h1".to_string(), "dead2".to_string()];
    let checked =
        acomp![(&items[*i], is_alive(&items[*i]).await) for i in &[1usize, 0]; concurrency = 2];
    assert_eq!(checked, vec![(&items[1], false), (&items[0], true)]);
}

// ---------------------------------------------------------------------------
// async: Python conditionals with awaits
// ---------------------------------------------------------------------------

// vals = [await double(x) if x > 0 else await double(-x) for x in xs]
#[tokio::test]
async fn cond_await_both_branches() {
    let xs = vec![3, -4];
    let vals = acomp![double(x).await if x > 0 else double(-x).await for x in xs];
    assert_eq!(vals, vec![6, 8]);
}

// vals = [await double(x) if x % 2 == 0 else await price(str(x)) for x in xs]  (prefix await)
#[tokio::test]
async fn cond_prefix_await_branches() {
    let xs = vec![2, 123];
    let vals =
        acomp![await double(x) as u32 if x % 2 == 0 else await price(&x.to_string()) for x in xs];
    assert_eq!(vals, vec![4, 3]);
}

// state = ["up" if await is_alive(h) else "down" for h in hosts]
#[tokio::test]
async fn cond_await_in_condition() {
    let hosts = vec!["web", "dead1"];
    let state = acomp!["up" if is_alive(h).await else "down" for h in &hosts];
    assert_eq!(state, vec!["up", "down"]);
}

// lines = [f"{h}: {'up' if await is_alive(h) else 'down'}" for h in hosts]
#[tokio::test]
async fn cond_await_inside_format() {
    let hosts = vec!["web", "dead1"];
    let lines = acomp![format!("{}: {}", h, "up" if is_alive(h).await else "down") for h in &hosts];
    assert_eq!(lines, vec!["web: up", "dead1: down"]);
}

// lines = [f"{h}={await fetch_status(h)}" for h in hosts]  (named args)
#[tokio::test(start_paused = true)]
async fn await_in_named_format_arg() {
    let hosts = vec!["x", "missing"];
    let lines =
        acomp![format!("{host}={code}", host = h, code = fetch_status(h).await) for h in &hosts];
    assert_eq!(lines, vec!["x=200", "missing=404"]);
}

// lines = [f"{h}={'ok' if await fetch_status(h) == 200 else 'bad'}" ...]  (named arg, prefix await in cond)
#[tokio::test(start_paused = true)]
async fn prefix_await_cond_in_named_format_arg() {
    let hosts = vec!["x", "missing"];
    let lines = acomp![format!("{h}={s}", s = "ok" if await fetch_status(h) == 200 else "bad") for h in &hosts];
    assert_eq!(lines, vec!["x=ok", "missing=bad"]);
}

// canon = {(await fetch_text(k)) if k else "<empty>": v for k, v in items}
#[tokio::test]
async fn cond_await_dict_key() {
    let items = vec![("a", 1), ("", 2)];
    let canon = acomp!({(fetch_text(k).await if !k.is_empty() else "<empty>".to_string()): v for (k, v) in items});
    assert_eq!(canon["<a>"], 1);
    assert_eq!(canon["<empty>"], 2);
}

// sizes = {u: (len(await fetch_text(u)) if await is_alive(u) else -1) for u in urls}
#[tokio::test]
async fn cond_await_dict_value() {
    let hosts = vec!["ab", "dead"];
    let sizes = acomp!({*u: (fetch_text(u).await.len() as i64 if is_alive(u).await else -1) for u in &hosts});
    assert_eq!(sizes["ab"], 4);
    assert_eq!(sizes["dead"], -1);
}

// vals = [(await double(x) if x else 1) * 10 for x in xs]
#[tokio::test]
async fn cond_await_paren_then_operator() {
    let xs = vec![0, 2];
    let vals = acomp![(double(x).await if x != 0 else 1) * 10 for x in xs];
    assert_eq!(vals, vec![10, 40]);
}

// texts = [(await fetch_text(u) if await is_alive(u) else "").upper() for u in urls]
#[tokio::test]
async fn cond_await_paren_then_method() {
    let hosts = vec!["ab", "dead"];
    let texts = acomp![(fetch_text(h).await if is_alive(h).await else String::new()).to_uppercase() for h in &hosts];
    assert_eq!(texts, vec!["<AB>", ""]);
}

// tiers = ["hi" if v > 100 else "mid" if v > 10 else "lo" for k in keys for v in [await lookup(k)]]
#[tokio::test]
async fn cond_nested_chain_with_await() {
    let keys = vec!["k500", "k50", "k5"];
    let tiers = acomp!["hi" if lookup(k).await.unwrap() > 100 else "mid" if lookup(k).await.unwrap() > 10 else "lo" for k in &keys];
    assert_eq!(tiers, vec!["hi", "mid", "lo"]);
}

// pairs = [(h, "up" if await is_alive(h) else "down") for h in hosts]  (gathered)
#[tokio::test]
async fn cond_await_tuple_concurrency() {
    let hosts = vec!["a", "dead", "b"];
    let pairs = acomp![(h.to_string(), "up" if is_alive(h).await else "down") for h in &hosts; concurrency = 2];
    assert_eq!(pairs[1], ("dead".to_string(), "down"));
    assert_eq!(pairs.len(), 3);
}

// vals = await gather(*[double(x) if x > 0 else zero() for x in xs])
#[tokio::test]
async fn cond_whole_element_concurrency_unordered() {
    let xs = vec![1, -1, 2];
    let mut vals = acomp![double(x).await if x > 0 else 0 for x in xs; concurrency = 2, unordered];
    vals.sort();
    assert_eq!(vals, vec![0, 2, 4]);
}

// grid = [vec![x, await double(x) if x > 1 else 0] for x in xs]
#[tokio::test]
async fn cond_await_in_vec_macro() {
    let xs = vec![1, 2];
    let grid = acomp![vec![x, double(x).await if x > 1 else 0] for x in xs];
    assert_eq!(grid, vec![vec![1, 0], vec![2, 4]]);
}

// ---------------------------------------------------------------------------
// async: nested generators as call arguments
// ---------------------------------------------------------------------------

// totals = [sum(n for n in await load_numbers(d)) for d in docs]
#[tokio::test]
async fn gen_sum_await_in_first_iterable() {
    let docs = vec!["1,2,3", "10"];
    let totals = acomp![Iterator::sum::<u32>(n for n in load_numbers(d).await) for d in &docs];
    assert_eq!(totals, vec![6, 10]);
}

// evens = [sum(n for n in await load_numbers(d) if n % 2 == 0) for d in docs]
#[tokio::test]
async fn gen_sum_await_first_iterable_filter() {
    let docs = vec!["1,2,4", "3"];
    let evens =
        acomp![Iterator::sum::<u32>(n for n in load_numbers(d).await if n % 2 == 0) for d in &docs];
    assert_eq!(evens, vec![6, 0]);
}

// letters = ["".join(c for c in await fetch_text(u) if c.isalpha()) for u in urls]
#[tokio::test]
async fn gen_join_await_temporary_first_iterable() {
    let us = vec!["a.b", "c1"];
    let letters = acomp![String::from_iter(c for c in fetch_text(u).await.chars() if c.is_alphabetic()) for u in &us];
    assert_eq!(letters, vec!["ab", "c"]);
}

// admins = [u for u in users if any(r == "admin" for r in await roles(u))]
#[tokio::test]
async fn gen_any_await_in_filter() {
    let us = vec!["bob", "root"];
    let admins = acomp![*u for u in &us if (r == "admin" for r in roles(u).await).any(|b| b)];
    assert_eq!(admins, vec!["root"]);
}

// biggest = [max(n for n in await load_numbers(d)) for d in docs]
#[tokio::test]
async fn gen_max_await() {
    let docs = vec!["4,9,2", "7"];
    let biggest = acomp![Iterator::max(n for n in load_numbers(d).await).unwrap() for d in &docs];
    assert_eq!(biggest, vec![9, 7]);
}

// totals = [sum([await price(i) for i in order]) for order in orders]
#[tokio::test]
async fn nested_list_with_awaits_then_sum() {
    let orders = vec![vec!["ab", "cde"], vec![]];
    let totals = acomp![[price(i).await for i in o].iter().sum::<u32>() for o in &orders];
    assert_eq!(totals, vec![5, 0]);
}

// counts = {d: len(set(n for n in await load_numbers(d))) for d in docs}
#[tokio::test]
async fn gen_set_in_dict_value() {
    let docs = vec!["1,1,2", "5"];
    let counts = acomp!({*d: HashSet::<u32>::from_iter(n for n in load_numbers(d).await).len() for d in &docs});
    assert_eq!(counts["1,1,2"], 2);
    assert_eq!(counts["5"], 1);
}

// tot = sum(await price(i) for i in items) -> in Rust a concurrent list then sum
#[tokio::test]
async fn acomp_then_iter_sum() {
    let items = vec!["a", "bb", "ccc"];
    let tot: u32 = acomp![price(i).await for i in &items; concurrency = 3]
        .into_iter()
        .sum();
    assert_eq!(tot, 6);
}

// makers = [(x * k for x in range(3)) for k in range(1, 3)]  (move before nested display)
#[test]
fn move_before_nested_lazy() {
    let makers = comp![move (x * k for x in 0..3) for k in 1..3];
    let got = comp![g.collect::<Vec<_>>() for g in makers];
    assert_eq!(got, vec![vec![0, 1, 2], vec![0, 2, 4]]);
}

// ---------------------------------------------------------------------------
// async: walrus, chained comparisons, let, dependent fors
// ---------------------------------------------------------------------------

// good = [y for x in xs if 0 < (y := await double(x)) < 10]
#[tokio::test]
async fn walrus_await_chain() {
    let xs = vec![-1, 2, 4, 6];
    let good = acomp![y for x in xs if 0 < (y := double(x).await) < 10];
    assert_eq!(good, vec![4, 8]);
}

// vals = [v for k in keys if (v := await lookup(k)) is not None]
#[tokio::test]
async fn walrus_await_option() {
    let keys = vec!["k1", "q", "k3"];
    let vals = acomp![v.unwrap() for k in &keys if (v := lookup(k).await).is_some()];
    assert_eq!(vals, vec![1, 3]);
}

// segs = [t for u in urls for t in (await fetch_text(u)).split(".")]  (let + dependent for)
#[tokio::test]
async fn let_await_then_dependent_for() {
    let us = vec!["a.b", "c"];
    let segs =
        acomp![t.to_string() for u in &us let body = fetch_text(u).await for t in body.split('.')];
    assert_eq!(segs, vec!["<a", "b>", "<c>"]);
}

// segs = gathered version of the above (iterate an owned copy, per the reference)
#[tokio::test]
async fn let_await_dependent_for_concurrency_owned_copy() {
    let us = vec!["a.b", "c"];
    let segs = acomp![double(t.len() as i32).await for u in &us let body = fetch_text(u).await for t in body.split('.').map(str::to_owned).collect::<Vec<_>>(); concurrency = 2];
    assert_eq!(segs, vec![4, 4, 6]);
}

// words = [w async for line in lines_stream for w in line.rstrip(";").split()]
#[tokio::test]
async fn async_for_then_temporaries() {
    let lines = futures::stream::iter(vec!["  a b;", "c  "]);
    let words = acomp![w.to_string() async for line in lines for w in line.trim_end_matches(';').split_whitespace()];
    assert_eq!(words, vec!["a", "b", "c"]);
}

// odd = [x async for x in aiter() if x % 2]
#[tokio::test]
async fn async_for_filter() {
    let odd = acomp![x async for x in futures::stream::iter(1..=6) if x % 2 == 1];
    assert_eq!(odd, vec![1, 3, 5]);
}

// flat = [i async for s in streams async for i in s]
#[tokio::test]
async fn async_for_nested_streams() {
    let streams = vec![
        futures::stream::iter(vec![1, 2]),
        futures::stream::iter(vec![3]),
    ];
    let flat = acomp![i for s in streams async for i in s];
    assert_eq!(flat, vec![1, 2, 3]);
}

// rows = [[y async for y in aiter(x)] for x in xs]
#[tokio::test]
async fn nested_async_for_display() {
    let xs = vec![2, 3];
    let rows = acomp![[y async for y in futures::stream::iter(0..x)] for x in xs];
    assert_eq!(rows, vec![vec![0, 1], vec![0, 1, 2]]);
}

// pairs = [(a, b) for a in xs if await is_alive(a) for b in ys if a != b]
#[tokio::test]
async fn two_fors_await_filter_between() {
    let xs = vec!["a", "dead"];
    let ys = vec!["a", "b"];
    let pairs = acomp![(*a, *b) for a in &xs if is_alive(a).await for b in &ys if a != b];
    assert_eq!(pairs, vec![("a", "b")]);
}

// pairs = await gather(*[f(g, i) for g in groups for i in range(2)])  (outer var shared)
#[tokio::test]
async fn concurrency_outer_var_shared() {
    let groups = vec!["g1".to_string(), "g2".to_string()];
    let pairs =
        acomp![format!("{g}:{}", double(i).await) for g in &groups for i in 0..2; concurrency = 3];
    assert_eq!(pairs, vec!["g1:0", "g1:2", "g2:0", "g2:2"]);
}

// ---------------------------------------------------------------------------
// async: unit elements, discarded results, .len()
// ---------------------------------------------------------------------------

// [await cache.set(k, await lookup(k)) for k in keys]
#[tokio::test]
async fn unit_element_async() {
    let cache: Mutex<HashMap<String, Option<i32>>> = Mutex::new(HashMap::new());
    let keys = vec!["k1", "x"];
    // (For its effects: `let _ =`, as for `comp!`, or it warns unused_must_use.)
    let _ = acomp![cache.lock().unwrap().insert(k.to_string(), v) for k in &keys let v = lookup(k).await];
    let c = cache.lock().unwrap();
    assert_eq!(c["k1"], Some(1));
    assert_eq!(c["x"], None);
}

// [await log.append(x) for x in xs]  (element is ())
#[tokio::test]
async fn unit_element_push_after_await() {
    let mut log = Vec::new();
    let xs = vec![1, 2];
    // (For its effects: `let _ =`, as for `comp!`, or it warns unused_must_use.)
    let _ = acomp![log.push(double(*x).await) for x in &xs];
    assert_eq!(log, vec![2, 4]);
}

// await gather(*[notify(u) for u in users])  (unit element, concurrency)
#[tokio::test]
async fn unit_element_concurrency() {
    let sent = AtomicUsize::new(0);
    let us = vec!["a", "b", "c"];
    let done = acomp![{ sent.fetch_add(is_alive(u).await as usize, Ordering::SeqCst); } for u in &us; concurrency = 2];
    assert_eq!(done.len(), 3);
    assert_eq!(sent.load(Ordering::SeqCst), 3);
}

// n_alive = len([h for h in hosts if await is_alive(h)])
#[tokio::test]
async fn len_of_async_filtered() {
    let hosts = vec!["a", "dead", "b"];
    let n_alive = acomp![h for h in &hosts if is_alive(h).await].len();
    assert_eq!(n_alive, 2);
}

// n_keys = len({await fetch_text(k) for k in keys})
#[tokio::test]
async fn len_of_async_set() {
    let keys = vec!["a", "a", "b"];
    assert_eq!(acomp!({fetch_text(k).await for k in &keys}).len(), 2);
}

// ---------------------------------------------------------------------------
// async: more positions
// ---------------------------------------------------------------------------

async fn lookups_all(keys: &[&str]) -> Option<Vec<i32>> {
    let vals = acomp![lookup(k).await? for k in keys]?;
    Some(vals)
}

// vals = [await lookup(k) for k in keys]  (None propagates)
#[tokio::test]
async fn option_question_mark() {
    assert_eq!(lookups_all(&["k1", "k2"]).await, Some(vec![1, 2]));
    assert_eq!(lookups_all(&["k1", "zz"]).await, None);
}

// index = {await get_account(i).name: i for i in ids}  (gathered, raises)
#[tokio::test(start_paused = true)]
async fn dict_concurrency_question_mark() {
    async fn run(ids: Vec<u32>) -> Result<HashMap<String, u32>, FetchError> {
        let m = acomp!({get_account(id).await?.name: id for id in ids}; concurrency = 2)?;
        Ok(m)
    }
    let m = run(vec![1, 2]).await.unwrap();
    assert_eq!(m["acct2"], 2);
    assert!(run(vec![1, 0]).await.is_err());
}

// canon = {await fetch_text(u) for u in urls}  (gathered set)
#[tokio::test]
async fn set_concurrency() {
    let us = vec!["a", "b", "a"];
    let canon = acomp!({fetch_text(u).await for u in &us; concurrency = 3});
    assert_eq!(canon, HashSet::from(["<a>".to_string(), "<b>".to_string()]));
}

// rows = [[await double(x + y) for y in ys] for x in xs]  (inner gathered)
#[tokio::test]
async fn nested_acomp_inner_concurrency() {
    let xs = vec![0, 10];
    let ys = vec![1, 2];
    let rows = acomp![acomp![double(x + y).await for y in &ys; concurrency = 2] for x in &xs];
    assert_eq!(rows, vec![vec![2, 4], vec![22, 24]]);
}

fn total_u32<I: IntoIterator<Item = u32>>(i: I) -> u32 {
    i.into_iter().sum()
}

// total(await price(i) for i in items)  (generic argument)
#[tokio::test]
async fn acomp_to_generic_fn() {
    let items = vec!["abc", "d"];
    assert_eq!(total_u32(acomp![price(i).await for i in &items]), 4);
}

// vals = [await double(x) for x in xs] if enabled else []
#[tokio::test]
async fn acomp_in_if_expression() {
    let xs = vec![1, 2];
    for enabled in [true, false] {
        let vals = if enabled {
            acomp![double(*x).await for x in &xs]
        } else {
            Vec::new()
        };
        assert_eq!(vals.len(), if enabled { 2 } else { 0 });
    }
}

// callbacks = [lambda x, k=await double(n): x + k for n in ns]
#[tokio::test]
async fn boxed_closures_capturing_awaited() {
    let ns = vec![1, 2];
    let callbacks: Vec<Box<dyn Fn(i32) -> i32>> =
        acomp![Box::new(move |x| x + k) for n in ns let k = double(n).await];
    assert_eq!(comp![f(100) for f in &callbacks], vec![102, 104]);
}

// lazy: async for a in (fetch_status(u) for u in urls) ... collect
#[tokio::test(start_paused = true)]
async fn lazy_stream_collect() {
    let us = urls();
    let s = acomp!((fetch_status(u).await for u in &us; concurrency = 2));
    let codes: Vec<u16> = s.collect().await;
    assert_eq!(codes, vec![200, 404, 200]);
}

// fetch_many = lambda urls: [await fetch_status(u) for u in urls]  (closure returning future with concurrency)
#[tokio::test(start_paused = true)]
async fn acomp_in_closure_concurrency_max_in_flight() {
    let in_flight = AtomicUsize::new(0);
    let peak = AtomicUsize::new(0);
    let xs: Vec<u64> = (0..6).collect();
    let got = acomp![{
        let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(now, Ordering::SeqCst);
        let v = delayed(10 + x, x as i32).await;
        in_flight.fetch_sub(1, Ordering::SeqCst);
        v
    } for x in xs; concurrency = 3];
    assert_eq!(got, vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(peak.load(Ordering::SeqCst), 3);
}

// ---------------------------------------------------------------------------
// generics next to Python forms
// ---------------------------------------------------------------------------

// nums = [int(s) if s.isdigit() else 0 for s in fields]
#[test]
fn turbofish_in_conditional() {
    let fields = vec!["12", "x"];
    let nums = comp![s.parse::<i32>().unwrap() if s.chars().all(|c| c.is_ascii_digit()) else 0 for s in &fields];
    assert_eq!(nums, vec![12, 0]);
}

// buckets = [list(range(n)) if n < 3 else [] for n in sizes]
#[test]
fn generic_path_in_conditional_branch() {
    let sizes = vec![2, 5];
    let buckets =
        comp![(0..n).collect::<Vec<i32>>() if n < 3 else Vec::<i32>::new() for n in sizes];
    assert_eq!(buckets, vec![vec![0, 1], vec![]]);
}

// rows = [r for line in text.splitlines() let r: list[int] = [int(x) for x in line.split()] if r]
#[test]
fn generic_type_in_let_clause() {
    let text = "1 2\n\n3";
    let rows = comp![r for line in text.lines() let r: Vec<i32> = line.split_whitespace().map(|x| x.parse().unwrap()).collect() if !r.is_empty()];
    assert_eq!(rows, vec![vec![1, 2], vec![3]]);
}

// idx = [i for x in xs if 0 <= (i := int(x)) < len(table)]
#[test]
fn walrus_with_cast_in_chain() {
    let xs = vec![1.7, -1.0, 9.0];
    let table = vec!['a', 'b', 'c'];
    let idx = comp![table[i as usize] for x in xs if 0 <= (i := x as i64) < table.len() as i64];
    assert_eq!(idx, vec!['b']);
}

// fns = [(lambda x, k=k: x * k) for k in range(1, 3)]
#[test]
fn boxed_fn_cast_in_element() {
    let fns = comp![Box::new(move |x: i32| x * k) as Box<dyn Fn(i32) -> i32> for k in 1..3];
    assert_eq!(comp![f(10) for f in &fns], vec![10, 20]);
}

// small = [x for x in xs if x < limit > 0]  (Python chain: x < limit and limit > 0)
#[test]
fn chain_mixed_directions() {
    let xs = vec![1, 5, 9];
    let limit = 6;
    let small = comp![x for x in xs if x < limit > 0];
    assert_eq!(small, vec![1, 5]);
}

// ok = [k for k, v in d.items() if v is not None and 0 < v <= 10]
#[test]
fn chain_after_and_on_option() {
    let d = vec![("a", Some(3)), ("b", None), ("c", Some(11))];
    let ok = comp![k for (k, v) in d if v.is_some() && 0 < v.unwrap() <= 10];
    assert_eq!(ok, vec!["a"]);
}

// counts = {k: len(v) for k, v in groups.items() if len(v) > 1}
#[test]
fn dict_of_vec_lengths_generic_annotation() {
    let groups: HashMap<&str, Vec<i32>> = HashMap::from([("a", vec![1, 2]), ("b", vec![3])]);
    let counts: HashMap<String, usize> =
        comp!({k.to_string(): v.len() for (k, v) in &groups if v.len() > 1});
    assert_eq!(counts, HashMap::from([("a".to_string(), 2)]));
}

async fn classify(kind: &str, ids: Vec<u32>) -> Result<usize, FetchError> {
    let n = match kind {
        "all" => acomp![get_account(id).await? for id in ids]?.len(),
        "named" => {
            acomp![a for id in ids let a = get_account(id).await? if a.name.ends_with('1')]?.len()
        }
        _ => 0,
    };
    Ok(n)
}

// n = len([await get_account(i) for i in ids])  (in match arms with ?)
#[tokio::test(start_paused = true)]
async fn acomp_question_in_match_arms() {
    assert_eq!(classify("all", vec![1, 2]).await, Ok(2));
    assert_eq!(classify("named", vec![1, 2, 11]).await, Ok(2));
    assert_eq!(classify("all", vec![0]).await, Err(FetchError(0)));
}

// by_len = {len(w): w for w in await fetch_words()}  (await in first iterable of a dict)
#[tokio::test]
async fn dict_await_first_iterable() {
    let by_len =
        acomp!({w.len(): w for w in load_numbers("3,10,7").await.iter().map(|n| n.to_string())});
    assert_eq!(by_len[&1], "7");
    assert_eq!(by_len[&2], "10");
}

// results = [r for r in await asyncio.gather(*[get_account(i) for i in ids]) if r.id > 1]
#[tokio::test(start_paused = true)]
async fn acomp_nested_as_first_iterable() {
    let ids = vec![3, 1, 2];
    let results = acomp![a.id for a in acomp![get_account(*i).await.unwrap() for i in &ids; concurrency = 3] if a.id > 1];
    assert_eq!(results, vec![3, 2]);
}

// closures = [lambda: await ...]  -> futures list, then join_all
#[tokio::test]
async fn list_of_futures_then_join() {
    let xs = vec![1, 2, 3];
    let futs = comp![double(x) for x in xs];
    assert_eq!(futures::future::join_all(futs).await, vec![2, 4, 6]);
}

// ---------------------------------------------------------------------------
// CRATE FAILURES
//
// Fixed since (the tests use the forms first written): 1 (`as Box<dyn ..>`:
// a cast's type reads its `<` as generics), 2 (under `concurrency`, each
// item's value is checked against the collection's element type), 3 (a
// struct literal's field value takes Python's conditional).
// ---------------------------------------------------------------------------
//
// 1. `e as Box<dyn Trait>` (or `as Rc<dyn Trait>`) anywhere inside a
//    comprehension does not parse: the `<` after the cast type is taken for a
//    (chained) comparison. Happens in the element, before a Python
//    conditional, in parentheses, inside a closure (`.map(|s| .. as
//    Box<dyn Shape>)`) and inside a `{ }` block. `as Box<dyn Fn(i32) -> i32>`
//    and `as &dyn Shape` parse fine.
//
//        let shapes = comp![Box::new(Sq(s)) as Box<dyn Shape> for s in sides];
//
//    error: expected an expression
//        let shapes = comp![Box::new(Sq(s)) as Box<dyn Shape> for s in sides];
//                                                  ^^^
//    error[E0107]: missing generics for struct `Box`   (help: `Box<T><dyn Shape>`)
//    error[E0599]: no method named `area` found for reference `&bool`  (downstream)
//
//    By hand (compiles):
//        sides.iter().map(|s| Box::new(Sq(*s)) as Box<dyn Shape>).collect::<Vec<_>>()
//    Workarounds: turbofish type path `as Box::<dyn Shape>`, or an annotated
//    binding / typed `let` clause instead of the cast.
//
// 2. Under `concurrency = N`, the annotated result type no longer reaches a
//    conditional element, so two boxed branches do not coerce; the same
//    comprehension without `concurrency` compiles (reference, section 9:
//    "Whatever compiles without `concurrency` compiles with it").
//
//        let hs: Vec<Box<dyn Handler>> = acomp![Box::new(Add(double(v).await))
//            if kind == "add" else Box::new(Mul(double(v).await))
//            for (kind, v) in specs; concurrency = 2];
//
//    error[E0308]: `if` and `else` have incompatible types
//        expected `Box<Add>`, found `Box<Mul>`
//
//    Works: the same without `; concurrency = 2`; or a typed `let` clause
//    `let h: Box<dyn Handler> = .. if .. else ..` with element `h`.
//    By hand (sequential loop): `hs.push(if kind == "add" { Box::new(Add(..)) }
//    else { Box::new(Mul(..)) })` compiles.
//
// 3. A Python conditional as the value of a struct literal field is not
//    rewritten (reference 2.1: "anywhere ... at any depth"):
//
//        comp![Point { x, y: y if y > 0 else 0 } for (x, y) in coords]
//
//    error: expected `,`
//        comp![Point { x, y: y if y > 0 else 0 } for (x, y) in coords]
//                              ^^
//    error[E0423]: expected value, found struct `Point`   (second, misleading)
//
//    Works: `Point { x, y: (y if y > 0 else 0) }`; by hand
//    `Point { x, y: if y > 0 { y } else { 0 } }`.
