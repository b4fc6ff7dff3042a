//! Real code round 27: Python generic/library-style and tooling code
//! translated to Rust (generics with bounds, `impl Trait`, lifetimes, trait
//! objects, recursive enums, tokenizers, small interpreters, parametrized
//! tables, async pipelines).

// The theme spells lifetimes out, as the Python-to-Rust translation would.
#![allow(clippy::needless_lifetimes, clippy::type_complexity)]

use comprehensions::{acomp, comp};
use futures::future::BoxFuture;
use futures::stream::{self, Stream, StreamExt};
use futures::FutureExt;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::{Debug, Display};
use std::future::Future;
use std::hash::Hash;
use std::num::ParseIntError;
use std::pin::Pin;
use std::str::FromStr;
use std::time::Duration;

// ---------------------------------------------------------------------------
// Generic library helpers
// ---------------------------------------------------------------------------

// Python: seen = set(); [x for x in xs if not (x in seen or seen.add(x))]
fn uniq<T: Hash + Eq + Clone>(xs: &[T]) -> Vec<T> {
    let mut seen = HashSet::new();
    comp![x.clone() for x in xs if seen.insert(x.clone())]
}

// Python: {key(x): x for x in xs}
#[test]
fn generic_uniq_keeps_first_occurrence() {
    let words = ["b", "a", "b", "c", "a", "d"];
    let got = uniq(&words);
    let mut want = Vec::new();
    for w in words {
        if !want.contains(&w) {
            want.push(w);
        }
    }
    assert_eq!(got, want);
    assert_eq!(uniq(&[3, 3, 3]), vec![3]);
    assert_eq!(uniq::<String>(&[]), Vec::<String>::new());
}

// Python: {key(x): x for x in xs}
fn index_by<T, K: Hash + Eq>(xs: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T> {
    comp!({key(x): x for x in xs})
}

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    team: &'static str,
    age: u32,
}

fn users() -> Vec<User> {
    vec![
        User {
            id: 1,
            name: "ann".into(),
            team: "core",
            age: 34,
        },
        User {
            id: 2,
            name: "bob".into(),
            team: "web",
            age: 17,
        },
        User {
            id: 3,
            name: "cy".into(),
            team: "core",
            age: 51,
        },
        User {
            id: 4,
            name: "dee".into(),
            team: "ops",
            age: 29,
        },
        User {
            id: 5,
            name: "eve".into(),
            team: "web",
            age: 42,
        },
    ]
}

// Python: {k: [x for x in xs if key(x) == k] for k in {key(x) for x in xs}}
#[test]
fn generic_index_by_with_impl_fn_key() {
    let us = users();
    let by_id = index_by(&us, |u| u.id);
    assert_eq!(by_id.len(), 5);
    assert_eq!(by_id[&3].name, "cy");
    // last duplicate key wins, as in Python
    let by_team = index_by(&us, |u| u.team);
    assert_eq!(by_team.len(), 3);
    assert_eq!(by_team["core"].id, 3);
    assert_eq!(by_team["web"].id, 5);
}

// Python: {k: [x for x in xs if key(x) == k] for k in {key(x) for x in xs}}
// smallest change: `k` -> `k.clone()` as the key (and `K: Clone`): the key is evaluated before the value (E0382, same as `map.insert(k, ..)` by hand)
fn group_by<T: Clone, K: Hash + Eq + Clone>(xs: &[T], key: impl Fn(&T) -> K) -> HashMap<K, Vec<T>> {
    comp!({k.clone(): [x.clone() for x in xs if key(x) == k] for k in {key(x) for x in xs}})
}

// Python: def words(s): return [w for w in s.split() if w]
#[test]
fn generic_group_by_nested_set_and_list() {
    let us = users();
    let g = group_by(&us, |u| u.team);
    assert_eq!(g.len(), 3);
    let core: Vec<u32> = g["core"].iter().map(|u| u.id).collect();
    assert_eq!(core, vec![1, 3]);
    let web: Vec<u32> = g["web"].iter().map(|u| u.id).collect();
    assert_eq!(web, vec![2, 5]);
    let parity = group_by(&[1, 2, 3, 4, 5, 6, 7], |x| x % 2);
    assert_eq!(parity[&0], vec![2, 4, 6]);
    assert_eq!(parity[&1], vec![1, 3, 5, 7]);
}

// Python: def words(s): return [w for w in s.split() if w]
fn words<'a>(s: &'a str) -> Vec<&'a str> {
    comp![w for w in s.split_whitespace() if !w.is_empty()]
}

// Python: (w for w in s.split(" ") if len(w) >= n)
fn long_words<'a>(s: &'a str, min: usize) -> impl Iterator<Item = &'a str> + 'a {
    comp!(move (w for w in s.split(' ') if w.len() >= min))
}

// Python: [w for w in ws if base <= id(w) < base + len(text)]
#[test]
fn lifetimes_words_borrow_the_input() {
    let text = String::from("  the quick  brown fox\tjumps ");
    let ws = words(&text);
    assert_eq!(ws, vec!["the", "quick", "brown", "fox", "jumps"]);
    // each word is a slice of `text`
    let base = text.as_ptr() as usize;
    // Python: [w for w in ws if base <= id(w) < base + len(text)]
    let inside = comp![w for w in &ws if base <= (w.as_ptr() as usize) < base + text.len()];
    assert_eq!(inside.len(), 5);
    let long: Vec<&str> = long_words("a bb ccc dddd ee fffff", 3).collect();
    assert_eq!(long, vec!["ccc", "dddd", "fffff"]);
}

// Python: (x * x for x in xs)
fn squares(xs: &[i64]) -> impl Iterator<Item = i64> + '_ {
    comp!((x * x for x in xs))
}

// Python: (i for i in range(n) if i % 2 == 0)
fn evens_below(n: u32) -> impl Iterator<Item = u32> {
    comp!(move (i for i in 0..n if i % 2 == 0))
}

// Python: sum(x for x in it if x % 2 == 0)
fn sum_even(it: impl IntoIterator<Item = u32>) -> u32 {
    comp!((x for x in it if x % 2 == 0)).sum()
}

// Python: [(a, b) for a, b in zip(xs, xs[1:])]
#[test]
fn impl_trait_returns_and_arguments() {
    let xs = [1i64, -2, 3];
    assert_eq!(squares(&xs).collect::<Vec<_>>(), vec![1, 4, 9]);
    assert_eq!(evens_below(9).collect::<Vec<_>>(), vec![0, 2, 4, 6, 8]);
    assert_eq!(sum_even(vec![1, 2, 3, 4, 10]), 16);
    assert_eq!(sum_even(1..=10), 2 + 4 + 6 + 8 + 10);
    assert_eq!(sum_even(evens_below(7)), 2 + 4 + 6);
}

// Python: [(a, b) for a, b in zip(xs, xs[1:])]
fn pairwise<T: Copy>(xs: &[T]) -> Vec<(T, T)> {
    comp![(w[0], w[1]) for w in xs.windows(2)]
}

// Python: [xs[i:i + n] for i in range(0, len(xs), n)]
fn chunked<T: Clone>(xs: &[T], n: usize) -> Vec<Vec<T>> {
    comp![xs[i..(i + n).min(xs.len())].to_vec() for i in (0..xs.len()).step_by(n)]
}

// Python: [[row[i] for row in m] for i in range(len(m[0]))]
fn transpose<T: Copy>(m: &[Vec<T>]) -> Vec<Vec<T>> {
    comp![[row[i] for row in m] for i in 0..m[0].len()]
}

// Python: {v: k for k, v in m.items()}
#[test]
fn generic_sequence_helpers() {
    assert_eq!(pairwise(&[1, 2, 4, 7]), vec![(1, 2), (2, 4), (4, 7)]);
    assert_eq!(pairwise(&['x']), vec![]);
    assert_eq!(
        chunked(&[1, 2, 3, 4, 5, 6, 7], 3),
        vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]]
    );
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    assert_eq!(transpose(&m), vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    assert_eq!(transpose(&transpose(&m)), m);
}

// Python: {v: k for k, v in m.items()}
fn invert<K: Clone, V: Hash + Eq + Clone>(m: &HashMap<K, V>) -> HashMap<V, K> {
    comp!({v.clone(): k.clone() for (k, v) in m})
}

// Python: [f(a, b) for a, b in zip(xs, ys)]
fn zip_with<A, B, C>(a: &[A], b: &[B], f: impl Fn(&A, &B) -> C) -> Vec<C> {
    comp![f(x, y) for x, y in a.iter().zip(b)]
}

// Python: {x for x in a if x in set(b)}
fn common<T: Hash + Eq + Copy>(a: &[T], b: &[T]) -> HashSet<T> {
    let bs: HashSet<&T> = b.iter().collect();
    comp!({*x for x in a if bs.contains(x)})
}

// Python: {x: xs.count(x) for x in xs}
#[test]
fn generic_map_and_set_helpers() {
    let m: HashMap<&str, u8> = HashMap::from([("a", 1), ("b", 2), ("c", 3)]);
    let inv = invert(&m);
    assert_eq!(inv.len(), 3);
    assert_eq!(inv[&2], "b");
    let names = ["ann", "bob"];
    let ages = [30, 40];
    let lines = zip_with(&names, &ages, |n, a| format!("{n}:{a}"));
    assert_eq!(lines, vec!["ann:30", "bob:40"]);
    let c = common(&[1, 2, 3, 4, 2], &[2, 4, 6]);
    assert_eq!(c, HashSet::from([2, 4]));
}

// Python: {x: xs.count(x) for x in xs}
fn counts<T: Hash + Eq + Copy>(xs: &[T]) -> HashMap<T, usize> {
    comp!({x: xs.iter().filter(|y| **y == x).count() for &x in xs})
}

// Python: m = max(key(x) for x in xs); [x for x in xs if key(x) == m]
fn all_max_by<T, K: Ord>(xs: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let m = comp!((key(x) for x in xs)).max();
    comp![x for x in xs if Some(key(x)) == m]
}

// Python: [v for s in xs if (v := parse(s)) is not None]
#[test]
fn generic_counts_and_argmax() {
    let c = counts(&['a', 'b', 'a', 'c', 'a']);
    assert_eq!(c[&'a'], 3);
    assert_eq!(c[&'b'], 1);
    assert_eq!(c.len(), 3);
    let words = ["aa", "b", "cc", "ddd", "eee"];
    assert_eq!(all_max_by(&words, |w| w.len()), vec![&"ddd", &"eee"]);
    let empty: [&str; 0] = [];
    assert!(all_max_by(&empty, |w| w.len()).is_empty());
}

// Python: [v for s in xs if (v := parse(s)) is not None]
fn parse_all<T: FromStr>(xs: &[&str]) -> Vec<T> {
    comp![v for s in xs if let Ok(v) = s.parse::<T>()]
}

// Python: [T(s) for s in xs]  (raises on the first bad one)
fn try_parse_all<T: FromStr>(xs: &[&str]) -> Result<Vec<T>, T::Err> {
    comp![s.parse()? for s in xs]
}

// Python: [m[k] for k in keys]  (KeyError -> None)
#[test]
fn generic_parse_with_fromstr_bound() {
    let raw = ["1", "x", "3", "-4", "5.5"];
    let ints: Vec<i32> = parse_all(&raw);
    assert_eq!(ints, vec![1, 3, -4]);
    let floats: Vec<f64> = parse_all(&raw);
    assert_eq!(floats, vec![1.0, 3.0, -4.0, 5.5]);
    assert_eq!(try_parse_all::<u8>(&["1", "2"]), Ok(vec![1, 2]));
    assert!(try_parse_all::<u8>(&["1", "300", "x"]).is_err());
    let e = try_parse_all::<bool>(&["true", "nope"]).unwrap_err();
    assert_eq!(e, "nope".parse::<bool>().unwrap_err());
}

// Python: [m[k] for k in keys]  (KeyError -> None)
// smallest change: `keys: &[&str]` -> `keys: &[&'a str]` (E0621, the same error as the loop by hand)
fn lookup_all<'a>(m: &'a HashMap<&str, i32>, keys: &[&'a str]) -> Option<Vec<&'a i32>> {
    comp![m.get(k)? for k in keys]
}

// Python: [x for x in self.all() if pred(x)]
#[test]
fn option_question_mark_with_lifetime() {
    let m = HashMap::from([("a", 1), ("b", 2)]);
    assert_eq!(lookup_all(&m, &["b", "a"]), Some(vec![&2, &1]));
    assert_eq!(lookup_all(&m, &["a", "zz"]), None);
    assert_eq!(lookup_all(&m, &[]), Some(vec![]));
}

// ---------------------------------------------------------------------------
// Traits: default methods, trait objects
// ---------------------------------------------------------------------------

trait Repository {
    type Item: Clone;
    fn all(&self) -> Vec<Self::Item>;

    // Python: [x for x in self.all() if pred(x)]
    fn filter_by(&self, pred: impl Fn(&Self::Item) -> bool) -> Vec<Self::Item> {
        comp![x for x in self.all() if pred(&x)]
    }

    // Python: {key(x): x for x in self.all()}
    fn keyed<K: Hash + Eq>(&self, key: impl Fn(&Self::Item) -> K) -> HashMap<K, Self::Item> {
        comp!({key(&x): x for x in self.all()})
    }
}

struct UserRepo(Vec<User>);

impl Repository for UserRepo {
    type Item = User;
    fn all(&self) -> Vec<User> {
        self.0.clone()
    }
}

// Python: [s.area() for s in shapes if s.area() > 1]
#[test]
fn trait_default_methods_use_comprehensions() {
    let repo = UserRepo(users());
    let adults = repo.filter_by(|u| u.age >= 18);
    let mut want = Vec::new();
    for u in users() {
        if u.age >= 18 {
            want.push(u.id);
        }
    }
    assert_eq!(comp![u.id for u in &adults], want);
    let by_name = repo.keyed(|u| u.name.clone());
    assert_eq!(by_name["dee"].id, 4);
    assert_eq!(by_name.len(), 5);
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}

struct Circle(f64);
struct Rect(f64, f64);
struct Square(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> &str {
        "circle"
    }
}
impl Shape for Rect {
    fn area(&self) -> f64 {
        self.0 * self.1
    }
    fn name(&self) -> &str {
        "rect"
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> &str {
        "square"
    }
}

fn shapes() -> Vec<Box<dyn Shape>> {
    vec![
        Box::new(Circle(1.0)),
        Box::new(Rect(2.0, 0.25)),
        Box::new(Square(2.0)),
    ]
}

// Python: [s.area() for s in shapes if s.area() > 1]
#[test]
fn trait_objects_areas_and_names() {
    let ss = shapes();
    // Python: [s.area() for s in shapes if s.area() > 1]
    let big = comp![s.area() for s in &ss if s.area() > 1.0];
    assert_eq!(big, vec![3.0, 4.0]);
    // Python: {s.name(): s.area() for s in shapes}
    let by_name = comp!({s.name(): s.area() for s in &ss});
    assert_eq!(by_name["rect"], 0.5);
    assert_eq!(by_name.len(), 3);
    // Python: [s for s in shapes if s.area() < 1]
    let small: Vec<&dyn Shape> = comp![s.as_ref() for s in &ss if s.area() < 1.0];
    assert_eq!(small.len(), 1);
    assert_eq!(small[0].name(), "rect");
}

// Python: sum(s.area() for s in shapes)
fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    comp!((s.area() for s in shapes)).sum()
}

// Python: [Circle(r) for r in radii]
#[test]
fn trait_objects_built_by_comprehension() {
    // Python: [Circle(r) for r in radii]
    let circles: Vec<Box<dyn Shape>> = comp![Box::new(Circle(r)) for r in [1.0, 2.0]];
    assert_eq!(total_area(&circles), 3.0 + 12.0);
    // Python: [Circle(x) if k == "c" else Square(x) for k, x in specs]
    let specs = [("c", 1.0), ("s", 3.0), ("s", 1.0)];
    let mixed: Vec<Box<dyn Shape>> =
        comp![Box::new(Circle(x)) if k == "c" else Box::new(Square(x)) for (k, x) in specs];
    let names = comp![s.name() for s in &mixed];
    assert_eq!(names, vec!["circle", "square", "square"]);
    assert_eq!(total_area(&mixed), 3.0 + 9.0 + 1.0);
}

// Python: {s.name(): s for s in shapes}
#[test]
fn trait_objects_dict_owning_boxes() {
    // Python: {s.name(): s for s in shapes}
    let by_name: HashMap<String, Box<dyn Shape>> =
        comp!({s.name().to_string(): s for s in shapes()});
    assert_eq!(by_name["square"].area(), 4.0);
    // Python: sorted(name for name, s in by_name.items() if s.area() >= 3)
    let mut names = comp![n.as_str() for (n, s) in &by_name if s.area() >= 3.0];
    names.sort();
    assert_eq!(names, vec!["circle", "square"]);
}

// Python: {name: f(6, 3) for name, f in ops}
#[test]
fn boxed_fn_table_dispatch() {
    let ops: Vec<(&str, Box<dyn Fn(i64, i64) -> i64>)> = vec![
        ("add", Box::new(|a, b| a + b)),
        ("sub", Box::new(|a, b| a - b)),
        ("mul", Box::new(|a, b| a * b)),
    ];
    // Python: {name: f(6, 3) for name, f in ops}
    let results = comp!({*name: f(6, 3) for (name, f) in &ops});
    assert_eq!(
        results,
        HashMap::from([("add", 9), ("sub", 3), ("mul", 18)])
    );
    // Python: scalers = [lambda x, k=k: x * k for k in range(1, 4)]
    let scalers = comp![move |x: i64| x * k for k in 1..=3];
    // Python: [f(10) for f in scalers]
    assert_eq!(comp![f(10) for f in &scalers], vec![10, 20, 30]);
}

// Python: ["<%s>" % x for x in items]
fn describe(items: &[impl Display]) -> Vec<String> {
    comp![format!("<{}>", x) for x in items]
}

// Python: ", ".join(repr(x) for x in items if x)
fn debug_join<T: Debug + PartialEq + Default>(items: &[T]) -> String {
    comp![format!("{x:?}") for x in items if *x != T::default()].join(", ")
}

// Python: ["|".join(f"{c:>4}" for c in row) for row in self.rows]
#[test]
fn impl_display_and_debug_bounds() {
    assert_eq!(describe(&[1, 2]), vec!["<1>", "<2>"]);
    assert_eq!(describe(&["a"]), vec!["<a>"]);
    assert_eq!(debug_join(&["", "x", "y"]), "\"x\", \"y\"");
    assert_eq!(debug_join(&[0, 3, 0, 5]), "3, 5");
}

struct Table<T> {
    header: Vec<&'static str>,
    rows: Vec<Vec<T>>,
}

impl<T: Display> Table<T> {
    // Python: ["|".join(f"{c:>4}" for c in row) for row in self.rows]
    fn render(&self) -> Vec<String> {
        comp![[format!("{c:>4}") for c in row].join("|") for row in &self.rows]
    }

    // Python: {h: [str(row[i]) for row in self.rows] for i, h in enumerate(self.header)}
    fn columns(&self) -> HashMap<&'static str, Vec<String>> {
        comp!({*h: [row[i].to_string() for row in &self.rows] for (i, h) in self.header.iter().enumerate()})
    }
}

// Python: [w for w in re.split(r"\W+", self.src) if w and w[0].isalpha()]
#[test]
fn generic_struct_methods_with_nested_displays() {
    let t = Table {
        header: vec!["a", "b"],
        rows: vec![vec![1, 22], vec![333, 4]],
    };
    assert_eq!(t.render(), vec!["   1|  22", " 333|   4"]);
    let cols = t.columns();
    assert_eq!(cols["a"], vec!["1", "333"]);
    assert_eq!(cols["b"], vec!["22", "4"]);
}

struct Parser<'a> {
    src: &'a str,
}

impl<'a> Parser<'a> {
    // Python: [w for w in re.split(r"\W+", self.src) if w and w[0].isalpha()]
    fn idents(&self) -> Vec<&'a str> {
        comp![w for w in self.src.split(|c: char| !c.is_alphanumeric() && c != '_') if !w.is_empty() && w.chars().next().unwrap().is_alphabetic()]
    }

    // Python: {w: i for i, w in enumerate(self.idents())}
    fn first_positions(&self) -> HashMap<&'a str, usize> {
        let ids = self.idents();
        let mut seen = HashMap::new();
        for (i, w) in ids.iter().enumerate() {
            seen.entry(*w).or_insert(i);
        }
        let last = comp!({w: i for (i, w) in ids.into_iter().enumerate()});
        // cross-check: the comprehension keeps the last position
        comp!({w: seen[w] for w in last.keys().copied()})
    }
}

// Python: [v for c in children(e) for v in variables(c)]
#[test]
fn lifetimes_in_struct_methods() {
    let src = String::from("let x1 = foo(y, 2x) + x1 * _tmp;");
    let p = Parser { src: &src };
    assert_eq!(p.idents(), vec!["let", "x1", "foo", "y", "x1"]);
    let pos = p.first_positions();
    assert_eq!(pos["x1"], 1);
    assert_eq!(pos["y"], 3);
    assert_eq!(src.len(), 32);
}

// ---------------------------------------------------------------------------
// Recursive enums: expression AST
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Num(i64),
    Var(String),
    Add(Box<Expr>, Box<Expr>),
    Mul(Vec<Expr>),
    Neg(Box<Expr>),
}

use Expr::*;

fn var(s: &str) -> Expr {
    Var(s.to_string())
}
fn add(a: Expr, b: Expr) -> Expr {
    Add(Box::new(a), Box::new(b))
}

// Python: [v for c in children(e) for v in variables(c)]
fn variables(e: &Expr) -> Vec<&str> {
    match e {
        Num(_) => vec![],
        Var(v) => vec![v.as_str()],
        Add(a, b) => comp![v for side in [a, b] for v in variables(side)],
        Mul(xs) => comp![v for x in xs for v in variables(x)],
        Neg(x) => variables(x),
    }
}

fn children(e: &Expr) -> Vec<&Expr> {
    match e {
        Num(_) | Var(_) => vec![],
        Add(a, b) => vec![&**a, &**b],
        Mul(xs) => comp![x for x in xs],
        Neg(x) => vec![&**x],
    }
}

// Python: def walk(e): yield e; yield from (d for c in children(e) for d in walk(c))
fn walk<'a>(e: &'a Expr) -> Box<dyn Iterator<Item = &'a Expr> + 'a> {
    Box::new(std::iter::once(e).chain(comp!((d for c in children(e) for d in walk(c)))))
}

fn eval(e: &Expr, env: &HashMap<&str, i64>) -> Option<i64> {
    match e {
        Num(n) => Some(*n),
        Var(v) => env.get(v.as_str()).copied(),
        Add(a, b) => Some(eval(a, env)? + eval(b, env)?),
        // Python: math.prod(eval(x, env) for x in xs)
        Mul(xs) => Some(comp![eval(x, env)? for x in xs]?.iter().product()),
        Neg(x) => eval(x, env).map(|v| -v),
    }
}

fn sample_expr() -> Expr {
    // (x + 2) * y * -(3 + x)
    Mul(vec![
        add(var("x"), Num(2)),
        var("y"),
        Neg(Box::new(add(Num(3), var("x")))),
    ])
}

// Python: sum(1 for n in walk(e))
#[test]
fn ast_variables_and_walk() {
    let e = sample_expr();
    assert_eq!(variables(&e), vec!["x", "y", "x"]);
    let distinct = comp!({v for v in variables(&e)});
    assert_eq!(distinct, HashSet::from(["x", "y"]));
    // Python: sum(1 for n in walk(e))
    let count = comp!((1 for _n in walk(&e))).count();
    assert_eq!(count, 9);
    // Python: [n.value for n in walk(e) if isinstance(n, Num)]
    let nums = comp![*n for node in walk(&e) if let Num(n) = node];
    assert_eq!(nums, vec![2, 3]);
    // Python: len([n for n in walk(e) if isinstance(n, Add)])
    let adds = comp!((node for node in walk(&e) if matches!(node, Add(..)))).count();
    assert_eq!(adds, 2);
}

// Python: @pytest.mark.parametrize("x,y,want", [...])
#[test]
fn ast_eval_with_env_table() {
    let e = sample_expr();
    // Python: @pytest.mark.parametrize("x,y,want", [...])
    let cases = [(1, 1, -12), (0, 5, -30), (-2, 7, 0), (2, -1, 20)];
    // Python: [(x, y, want, got) for x, y, want in cases if (got := eval(e, {"x": x, "y": y})) != want]
    let failures = comp![(x, y, want, got) for &(x, y, want) in &cases if (got := eval(&e, &HashMap::from([("x", x), ("y", y)]))) != Some(want)];
    assert!(failures.is_empty(), "{failures:?}");
    for (x, y, want) in cases {
        assert_eq!((x + 2) * y * -(3 + x), want);
    }
    // missing variable propagates None through the Mul comprehension
    assert_eq!(eval(&e, &HashMap::from([("x", 1)])), None);
}

// constant folding
fn fold(e: &Expr) -> Expr {
    match e {
        Num(_) | Var(_) => e.clone(),
        Add(a, b) => match (fold(a), fold(b)) {
            (Num(x), Num(y)) => Num(x + y),
            (a, b) => add(a, b),
        },
        Neg(x) => match fold(x) {
            Num(n) => Num(-n),
            other => Neg(Box::new(other)),
        },
        Mul(xs) => {
            // Python: folded = [fold(x) for x in xs]
            let folded = comp![fold(x) for x in xs];
            // Python: k = prod(x.n for x in folded if isinstance(x, Num))
            let k: i64 = comp!((*n for x in &folded if let Num(n) = x)).product();
            // Python: rest = [x for x in folded if not isinstance(x, Num)]
            let rest = comp![x for x in folded if !matches!(x, Num(_))];
            if rest.is_empty() {
                Num(k)
            } else if k == 1 {
                Mul(rest)
            } else {
                Mul(comp![x for x in std::iter::once(Num(k)).chain(rest)])
            }
        }
    }
}

// Python: [fold(e) for e in exprs if not isinstance(fold(e), Num)]
#[test]
fn ast_constant_folding() {
    let e = Mul(vec![
        Num(2),
        add(Num(1), Num(2)),
        var("z"),
        Neg(Box::new(Num(4))),
    ]);
    let f = fold(&e);
    assert_eq!(f, Mul(vec![Num(-24), var("z")]));
    let env = HashMap::from([("z", 5)]);
    assert_eq!(eval(&f, &env), eval(&e, &env));
    // Python: [fold(e) for e in exprs if not isinstance(fold(e), Num)]
    let exprs = vec![
        add(Num(1), Num(1)),
        add(var("a"), Num(1)),
        Mul(vec![Num(3), Num(4)]),
    ];
    let non_const = comp![f for e in &exprs let f = fold(e) if !matches!(f, Num(_))];
    assert_eq!(non_const, vec![add(var("a"), Num(1))]);
    // Python: [y for e in exprs if (y := const_value(e)) is not None]
    let consts = comp![n for e in &exprs if let Num(n) = fold(e)];
    assert_eq!(consts, vec![2, 12]);
}

// pretty printer
fn show(e: &Expr) -> String {
    match e {
        Num(n) => n.to_string(),
        Var(v) => v.clone(),
        Add(a, b) => format!("({} + {})", show(a), show(b)),
        // Python: " * ".join(show(x) for x in xs)
        Mul(xs) => comp![show(x) for x in xs].join(" * "),
        Neg(x) => format!("-{}", show(x)),
    }
}

// Python: [(e, want, show(e)) for e, want in cases if show(e) != want]
#[test]
fn ast_pretty_print_table() {
    let cases = vec![
        (Num(3), "3"),
        (add(var("a"), Num(1)), "(a + 1)"),
        (Mul(vec![var("a"), var("b"), Num(2)]), "a * b * 2"),
        (Neg(Box::new(add(Num(1), var("q")))), "-(1 + q)"),
    ];
    // Python: [(e, want, show(e)) for e, want in cases if show(e) != want]
    let bad = comp![(e, want, got) for (e, want) in &cases let got = show(e) if got != *want];
    assert!(bad.is_empty(), "{bad:?}");
    // Python: {want: len(want) for _, want in cases}
    let lens = comp!({*want: want.len() for (_, want) in &cases});
    assert_eq!(lens["a * b * 2"], 9);
}

// ---------------------------------------------------------------------------
// Recursive enums: file tree
// ---------------------------------------------------------------------------

enum Node {
    File { name: String, size: u64 },
    Dir { name: String, children: Vec<Node> },
}

fn file(name: &str, size: u64) -> Node {
    Node::File {
        name: name.into(),
        size,
    }
}
fn dir(name: &str, children: Vec<Node>) -> Node {
    Node::Dir {
        name: name.into(),
        children,
    }
}

fn tree() -> Node {
    dir(
        "root",
        vec![
            file("README.md", 120),
            dir(
                "src",
                vec![
                    file("lib.rs", 900),
                    file("main.rs", 300),
                    dir("bin", vec![file("cli.rs", 50)]),
                ],
            ),
            dir("docs", vec![file("guide.md", 400)]),
            dir("empty", vec![]),
        ],
    )
}

// Python: [(f"{prefix}/{name}/{p}", s) for c in children for p, s in all_files(c)]
fn all_files(n: &Node, prefix: &str) -> Vec<(String, u64)> {
    match n {
        Node::File { name, size } => vec![(format!("{prefix}/{name}"), *size)],
        Node::Dir { name, children } => {
            comp![f for c in children for f in all_files(c, &format!("{prefix}/{name}"))]
        }
    }
}

fn du(n: &Node) -> u64 {
    match n {
        Node::File { size, .. } => *size,
        // Python: sum(du(c) for c in children)
        Node::Dir { children, .. } => comp!((du(c) for c in children)).sum(),
    }
}

// Python: {c.name: du(c) for c in root.children if isinstance(c, Dir)}
#[test]
fn file_tree_listing_and_sizes() {
    let t = tree();
    let files = all_files(&t, "");
    let paths = comp![p.as_str() for (p, _) in &files];
    assert_eq!(
        paths,
        vec![
            "/root/README.md",
            "/root/src/lib.rs",
            "/root/src/main.rs",
            "/root/src/bin/cli.rs",
            "/root/docs/guide.md"
        ]
    );
    assert_eq!(du(&t), 120 + 900 + 300 + 50 + 400);
    let Node::Dir { children, .. } = &t else {
        panic!()
    };
    // Python: {c.name: du(c) for c in root.children if isinstance(c, Dir)}
    let dir_sizes =
        comp!({name.as_str(): du(c) for c in children if let Node::Dir { name, .. } = c});
    assert_eq!(
        dir_sizes,
        HashMap::from([("src", 1250), ("docs", 400), ("empty", 0)])
    );
    // Python: [c.name for c in root.children if isinstance(c, Dir) and not c.children]
    let empties = comp![name for c in children if let Node::Dir { name, children: kids } = c if kids.is_empty()];
    assert_eq!(empties, vec!["empty"]);
}

// Python: {p.rsplit(".", 1)[1] for p, _ in files}
#[test]
fn file_tree_extensions_and_big_files() {
    let t = tree();
    let files = all_files(&t, "");
    // Python: {p.rsplit(".", 1)[1] for p, _ in files}
    let exts = comp!({p.rsplit('.').next().unwrap() for (p, _) in &files});
    assert_eq!(exts, HashSet::from(["md", "rs"]));
    // Python: {ext: sum(s for p, s in files if p.endswith(ext)) for ext in exts}
    let by_ext =
        comp!({ext: (s for (p, s) in &files if p.ends_with(ext)).sum::<u64>() for ext in &exts});
    assert_eq!(by_ext[&"rs"], 1250);
    assert_eq!(by_ext[&"md"], 520);
    // Python: [p for p, s in files if 100 <= s < 500]
    let mid = comp![p.as_str() for (p, s) in &files if 100 <= *s < 500];
    assert_eq!(
        mid,
        vec![
            "/root/README.md",
            "/root/src/main.rs",
            "/root/docs/guide.md"
        ]
    );
}

// ---------------------------------------------------------------------------
// Recursive enums: JSON-like values
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    Obj(BTreeMap<String, Value>),
}

fn obj(pairs: Vec<(&str, Value)>) -> Value {
    Value::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn doc() -> Value {
    obj(vec![
        ("name", Value::Str("svc".into())),
        ("replicas", Value::Num(3.0)),
        ("debug", Value::Bool(false)),
        (
            "ports",
            Value::List(vec![Value::Num(80.0), Value::Num(443.0)]),
        ),
        (
            "limits",
            obj(vec![
                ("cpu", Value::Num(0.5)),
                ("mem", Value::Num(512.0)),
                ("note", Value::Null),
            ]),
        ),
        (
            "tags",
            Value::List(vec![
                Value::Str("a".into()),
                obj(vec![("k", Value::Str("v".into()))]),
            ]),
        ),
    ])
}

fn to_json(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Num(n) => n.to_string(),
        Value::Str(s) => format!("\"{s}\""),
        // Python: "[" + ",".join(to_json(x) for x in xs) + "]"
        Value::List(xs) => format!("[{}]", comp![to_json(x) for x in xs].join(",")),
        // Python: "{" + ",".join(f'"{k}":{to_json(v)}' for k, v in obj.items()) + "}"
        Value::Obj(m) => format!(
            "{{{}}}",
            comp![format!("\"{k}\":{}", to_json(v)) for (k, v) in m].join(",")
        ),
    }
}

// Python: {f"{k}.{p}" if p else k: x for k, sub in obj.items() for p, x in leaves(sub).items()}
#[test]
fn json_serialize_recursively() {
    let v = doc();
    let s = to_json(&v);
    assert_eq!(
        s,
        r#"{"debug":false,"limits":{"cpu":0.5,"mem":512,"note":null},"name":"svc","ports":[80,443],"replicas":3,"tags":["a",{"k":"v"}]}"#
    );
}

// Python: {f"{k}.{p}" if p else k: x for k, sub in obj.items() for p, x in leaves(sub).items()}
fn leaves(v: &Value) -> BTreeMap<String, f64> {
    match v {
        Value::Num(n) => BTreeMap::from([(String::new(), *n)]),
        Value::Obj(m) => comp!((
            (format!("{k}.{p}") if !p.is_empty() else k.clone(), x)
            for (k, sub) in m for (p, x) in leaves(sub)
        ))
        .collect(),
        Value::List(xs) => comp!((
            (format!("[{i}].{p}") if !p.is_empty() else format!("[{i}]"), x)
            for (i, sub) in xs.iter().enumerate() for (p, x) in leaves(sub)
        ))
        .collect(),
        _ => BTreeMap::new(),
    }
}

fn depth(v: &Value) -> usize {
    match v {
        // Python: 1 + max((depth(x) for x in xs), default=0)
        Value::List(xs) => 1 + comp!((depth(x) for x in xs)).max().unwrap_or(0),
        Value::Obj(m) => 1 + comp!((depth(x) for x in m.values())).max().unwrap_or(0),
        _ => 0,
    }
}

// Python: {k: v for k, v in top.items() if isinstance(v, (int, float))}
#[test]
fn json_leaves_and_depth() {
    let v = doc();
    let l = leaves(&v);
    let keys = comp![k.as_str() for k in l.keys()];
    assert_eq!(
        keys,
        vec![
            "limits.cpu",
            "limits.mem",
            "ports.[0]",
            "ports.[1]",
            "replicas"
        ]
    );
    assert_eq!(l["ports.[1]"], 443.0);
    assert_eq!(depth(&v), 3);
    assert_eq!(depth(&Value::Num(1.0)), 0);
    assert_eq!(depth(&Value::List(vec![])), 1);
}

// Python: {k: v for k, v in top.items() if isinstance(v, (int, float))}
#[test]
fn json_object_queries() {
    let v = doc();
    let Value::Obj(top) = &v else { panic!() };
    // Python: {k: v for k, v in top.items() if isinstance(v, (int, float))}
    let nums = comp!({k.as_str(): *n for (k, v) in top if let Value::Num(n) = v});
    assert_eq!(nums, HashMap::from([("replicas", 3.0)]));
    // Python: [k for k, v in top.items() if isinstance(v, list)]
    let lists = comp![k for (k, v) in top if matches!(v, Value::List(_))];
    assert_eq!(lists, vec!["ports", "tags"]);
    // Python: [s for x in top["tags"] if isinstance(x, str) for s in [x]]
    let Value::List(tags) = &top["tags"] else {
        panic!()
    };
    let strs = comp![s.as_str() for t in tags if let Value::Str(s) = t];
    assert_eq!(strs, vec!["a"]);
    // Python: {type(v).__name__ for v in top.values()}
    let kinds = comp!({
        match v { Value::Null => "null", Value::Bool(_) => "bool", Value::Num(_) => "num", Value::Str(_) => "str", Value::List(_) => "list", Value::Obj(_) => "obj" }
        for v in top.values()
    });
    assert_eq!(kinds, HashSet::from(["str", "num", "bool", "list", "obj"]));
}

// Python: {k: strip_nulls(v) for k, v in obj.items() if v is not None}
fn strip_nulls(v: &Value) -> Value {
    match v {
        Value::Obj(m) => Value::Obj(
            comp!(((k.clone(), strip_nulls(x)) for (k, x) in m if *x != Value::Null)).collect(),
        ),
        Value::List(xs) => Value::List(comp![strip_nulls(x) for x in xs if *x != Value::Null]),
        other => other.clone(),
    }
}

// Python: [classify(w) for w in src.split()]
#[test]
fn json_strip_nulls_recursively() {
    let v = obj(vec![
        ("a", Value::Null),
        (
            "b",
            Value::List(vec![
                Value::Null,
                Value::Num(1.0),
                obj(vec![("c", Value::Null), ("d", Value::Bool(true))]),
            ]),
        ),
    ]);
    let s = strip_nulls(&v);
    assert_eq!(to_json(&s), r#"{"b":[1,{"d":true}]}"#);
}

// ---------------------------------------------------------------------------
// Tokenizer and a small RPN interpreter
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Int(i64),
    Op(char),
    Ident(String),
}

fn classify(w: &str) -> Tok {
    if let Ok(n) = w.parse() {
        Tok::Int(n)
    } else if w.len() == 1 && "+-*/".contains(w) {
        Tok::Op(w.chars().next().unwrap())
    } else {
        Tok::Ident(w.to_string())
    }
}

// Python: [classify(w) for w in src.split()]
fn tokenize(src: &str) -> Vec<Tok> {
    comp![classify(w) for w in src.split_whitespace()]
}

fn rpn(src: &str) -> Option<i64> {
    let mut stack = Vec::new();
    for t in tokenize(src) {
        match t {
            Tok::Int(n) => stack.push(n),
            Tok::Op(c) => {
                let b = stack.pop()?;
                let a = stack.pop()?;
                stack.push(match c {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    _ => a.checked_div(b)?,
                });
            }
            Tok::Ident(_) => return None,
        }
    }
    if stack.len() == 1 {
        stack.pop()
    } else {
        None
    }
}

// Python: [t.value for t in toks if isinstance(t, Int)]
#[test]
fn tokenizer_classifies_words() {
    let toks = tokenize("3 4 + x * 10 /");
    // Python: [t.value for t in toks if isinstance(t, Int)]
    let ints = comp![*n for t in &toks if let Tok::Int(n) = t];
    assert_eq!(ints, vec![3, 4, 10]);
    // Python: {t.op for t in toks if isinstance(t, Op)}
    let ops = comp!({*c for t in &toks if let Tok::Op(c) = t});
    assert_eq!(ops, HashSet::from(['+', '*', '/']));
    // Python: [i for i, t in enumerate(toks) if isinstance(t, Ident)]
    let ident_at = comp![i for i, t in toks.iter().enumerate() if matches!(t, Tok::Ident(_))];
    assert_eq!(ident_at, vec![3]);
}

// Python: @pytest.mark.parametrize("src,want", [...])
#[test]
fn rpn_parametrized_table() {
    // Python: @pytest.mark.parametrize("src,want", [...])
    let cases: [(&str, Option<i64>); 6] = [
        ("1 2 +", Some(3)),
        ("2 3 4 * +", Some(14)),
        ("10 2 - 3 *", Some(24)),
        ("1 0 /", None),
        ("1 +", None),
        ("x 1 +", None),
    ];
    // Python: failures = [(src, want, got) for src, want in cases if (got := rpn(src)) != want]
    let failures = comp![(src, want, got) for &(src, want) in &cases if (got := rpn(src)) != want];
    assert!(failures.is_empty(), "{failures:?}");
    // Python: ids = [f"case{i}-{src.replace(' ', '_')}" for i, (src, _) in enumerate(cases)]
    let ids = comp![format!("case{i}-{}", src.replace(' ', "_")) for (i, (src, _)) in cases.iter().enumerate()];
    assert_eq!(ids[1], "case1-2_3_4_*_+");
    assert_eq!(ids.len(), 6);
    // Python: all(rpn(src) == want for src, want in cases)
    assert!(comp!((rpn(src) == *want for (src, want) in &cases)).all(|ok| ok));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Push(i64),
    Add,
    Mul,
    Dup,
    Jz(usize),
}

// Python: [f"{i:03} {op}" for i, op in enumerate(prog)]
#[test]
fn disassembler_listing() {
    let prog = [
        Instr::Push(2),
        Instr::Dup,
        Instr::Mul,
        Instr::Push(0),
        Instr::Jz(6),
        Instr::Add,
    ];
    // Python: [f"{i:03} {op}" for i, op in enumerate(prog)]
    let listing = comp![format!("{i:03} {op:?}") for (i, op) in prog.iter().enumerate()];
    assert_eq!(listing[0], "000 Push(2)");
    assert_eq!(listing[4], "004 Jz(6)");
    // Python: {target for op in prog if isinstance(op, Jz) for target in [op.target]}
    let targets = comp!({*t for op in &prog if let Instr::Jz(t) = op});
    assert_eq!(targets, HashSet::from([6]));
    // Python: [i for i, op in enumerate(prog) if op in (Add, Mul)]
    let arith =
        comp![i for (i, op) in prog.iter().enumerate() if matches!(op, Instr::Add | Instr::Mul)];
    assert_eq!(arith, vec![2, 5]);
    // Python: sum(op.n for op in prog if isinstance(op, Push))
    let pushed: i64 = comp!((n for op in prog if let Instr::Push(n) = op)).sum();
    assert_eq!(pushed, 2);
}

// a tiny "let" language interpreter: `a = 3; b = a * 2; c = a + b`
fn run_assignments(src: &str) -> Result<BTreeMap<String, i64>, String> {
    let mut env: BTreeMap<String, i64> = BTreeMap::new();
    // Python: stmts = [s.strip() for s in src.split(";") if s.strip()]
    let stmts = comp![s.trim() for s in src.split(';') if !s.trim().is_empty()];
    for stmt in stmts {
        let (name, rhs) = stmt.split_once('=').ok_or(format!("no '=' in {stmt:?}"))?;
        // Python: operands = [env[t] if t.isidentifier() else int(t) for t in rhs.split("+")]
        let terms = comp![
            env.get(t).copied().ok_or(format!("unbound {t}"))? if t.chars().all(char::is_alphabetic) else t.parse::<i64>().map_err(|e| e.to_string())?
            for t in rhs.split(['+', '*']).map(str::trim)
        ]?;
        let value = if rhs.contains('*') {
            terms.iter().product()
        } else {
            terms.iter().sum()
        };
        env.insert(name.trim().to_string(), value);
    }
    Ok(env)
}

// Python: {k for k, v in env.items() if v % 2 == 0}
#[test]
fn interpreter_assignments() {
    let env = run_assignments("a = 3; b = a * 2; c = a + b + 1;").unwrap();
    assert_eq!(env["a"], 3);
    assert_eq!(env["b"], 6);
    assert_eq!(env["c"], 10);
    assert_eq!(run_assignments("a = q + 1").unwrap_err(), "unbound q");
    assert!(run_assignments("a = 1x")
        .unwrap_err()
        .contains("invalid digit"));
    // Python: {k for k, v in env.items() if v % 2 == 0}
    let even = comp!({k.as_str() for (k, v) in &env if v % 2 == 0});
    assert_eq!(even, HashSet::from(["b", "c"]));
}

// Python: [int(w) for w in s.split(",")]
fn parse_csv_ints(s: &str) -> Result<Vec<i64>, ParseIntError> {
    comp![w.trim().parse()? for w in s.split(',')]
}

// Python: [parse(line) for line in lines] with lines that may fail
#[test]
fn question_mark_error_type_from_signature() {
    assert_eq!(parse_csv_ints("1, 2,3"), Ok(vec![1, 2, 3]));
    assert!(parse_csv_ints("1,,3").is_err());
    // Python: [parse(line) for line in lines] with lines that may fail
    let lines = ["1,2", "3", "x"];
    let parsed = comp![(line, parse_csv_ints(line)) for line in lines];
    let ok = comp![v.len() for (_, r) in &parsed if let Ok(v) = r];
    assert_eq!(ok, vec![2, 1]);
}

// Python: chars = [c for c in src if not c.isspace()]; pairs of brackets
#[test]
fn bracket_matcher_tokens() {
    let src = "f(a[1], {b: (2)})";
    let opens = "([{";
    let closes = ")]}";
    // Python: [(i, c) for i, c in enumerate(src) if c in "([{)]}"]
    let brackets =
        comp![(i, c) for (i, c) in src.char_indices() if opens.contains(c) || closes.contains(c)];
    assert_eq!(brackets.len(), 8);
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for &(i, c) in &brackets {
        if opens.contains(c) {
            stack.push(i);
        } else {
            pairs.push((stack.pop().unwrap(), i));
        }
    }
    // Python: {src[a]: src[a:b + 1] for a, b in pairs}
    let spans = comp!({src[a..=a].to_string(): &src[a..=b] for &(a, b) in &pairs});
    assert_eq!(spans["["], "[1]");
    assert_eq!(spans["{"], "{b: (2)}");
    assert_eq!(spans["("], "(a[1], {b: (2)})");
}

// ---------------------------------------------------------------------------
// Async pipelines
// ---------------------------------------------------------------------------

async fn double(x: u32) -> u32 {
    tokio::task::yield_now().await;
    x * 2
}

async fn fetch(id: u32) -> Result<String, String> {
    tokio::time::sleep(Duration::from_millis(10 * u64::from(id % 3))).await;
    if id == 13 {
        Err(format!("404 for {id}"))
    } else {
        Ok(format!("page-{id}"))
    }
}

// Python: [await fetch(i) for i in ids]
#[tokio::test]
async fn async_sequential_and_concurrent_fetch() {
    let ids = vec![1, 2, 3, 4];
    // Python: [await fetch(i) for i in ids]
    let pages = acomp![fetch(i).await.unwrap() for i in ids.iter().copied()];
    assert_eq!(pages, vec!["page-1", "page-2", "page-3", "page-4"]);
    // Python: await asyncio.gather(*[fetch(i) for i in ids])
    let pages: Result<Vec<String>, String> =
        acomp![fetch(*i).await? for i in &ids; concurrency = 3];
    assert_eq!(pages.unwrap(), comp![format!("page-{i}") for i in &ids]);
    let bad = acomp![fetch(i).await? for i in [1, 13, 2]; concurrency = 2];
    assert_eq!(bad, Err("404 for 13".to_string()));
}

// Python: [t.result() for t in asyncio.as_completed(...)]
#[tokio::test(start_paused = true)]
async fn async_unordered_completes_in_time_order() {
    async fn slow(ms: u64) -> u64 {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        ms
    }
    let delays = [30u64, 10, 20];
    // Python: [t.result() for t in asyncio.as_completed(...)]
    let order = acomp![slow(d).await for d in delays; concurrency = 3, unordered];
    let mut want = delays.to_vec();
    want.sort();
    assert_eq!(order, want);
    let start = tokio::time::Instant::now();
    let ordered = acomp![slow(d).await for d in delays; concurrency = 3];
    assert_eq!(ordered, delays.to_vec());
    // concurrent: the slowest item, not the sum (60ms)
    assert!(start.elapsed() < Duration::from_millis(60));
}

// Python: async def gather_all(coros): return [await c for c in coros]
async fn gather_all<T, F: Future<Output = T>>(futs: Vec<F>) -> Vec<T> {
    acomp![f.await for f in futs; concurrency = 4]
}

// Python: {k: await lookup(k) for k in keys}
#[tokio::test]
async fn async_generic_gather() {
    let futs = comp![double(x) for x in 1..=5];
    assert_eq!(gather_all(futs).await, vec![2, 4, 6, 8, 10]);
    let boxed: Vec<BoxFuture<'static, u32>> = comp![async move { x + 100 }.boxed() for x in 0..3];
    assert_eq!(gather_all(boxed).await, vec![100, 101, 102]);
}

// Python: {k: await lookup(k) for k in keys}
async fn lookup_lengths(keys: &[&str]) -> HashMap<String, usize> {
    acomp!({k.to_string(): double(k.len() as u32).await as usize / 2 for k in keys})
}

// Python: (await double(i) for i in ids)  as an async generator
#[tokio::test]
async fn async_dict_comprehension_in_generic_fn() {
    let m = lookup_lengths(&["a", "abc", ""]).await;
    assert_eq!(
        m,
        HashMap::from([
            ("a".to_string(), 1),
            ("abc".to_string(), 3),
            (String::new(), 0)
        ])
    );
}

// Python: (await double(i) for i in ids)  as an async generator
fn doubled_stream<'a>(ids: &'a [u32]) -> impl Stream<Item = u32> + 'a {
    acomp!((double(*i).await for i in ids; concurrency = 2))
}

// Python: [x async for x in s if x > 2]
#[tokio::test]
async fn async_lazy_stream_returned_with_lifetime() {
    let ids = vec![5, 1, 4];
    let s = doubled_stream(&ids);
    // Python: [x async for x in s if x > 2]
    let got = acomp![x async for x in s if x > 2];
    assert_eq!(got, vec![10, 8]);
    // Python: sum([x async for x in doubled(ids)])
    let total: u32 = doubled_stream(&ids)
        .fold(0, |a, b| async move { a + b })
        .await;
    assert_eq!(total, 20);
}

// Python: [i async for s in streams async for i in s]
#[tokio::test]
async fn async_producer_consumer_stages() {
    let (tx, rx) = futures::channel::mpsc::unbounded::<String>();
    let lines = ["3", "x", "-1", "7", "", "12"];
    for l in lines {
        tx.unbounded_send(l.to_string()).unwrap();
    }
    drop(tx);
    // stage 1: Python: (int(l) async for l in rx if l.lstrip("-").isdigit())
    let parsed = acomp!((n async for l in rx if let Ok(n) = l.parse::<i64>()));
    // stage 2: Python: [await double(n) async for n in parsed if n > 0]
    let out = acomp![double(n as u32).await async for n in parsed if n > 0];
    let mut want = Vec::new();
    for l in lines {
        if let Ok(n) = l.parse::<i64>() {
            if n > 0 {
                want.push(n as u32 * 2);
            }
        }
    }
    assert_eq!(out, want);
}

// Python: [i async for s in streams async for i in s]
#[tokio::test]
async fn async_nested_streams_flatten() {
    // Python: [i async for s in streams async for i in s]
    let streams = stream::iter(vec![
        stream::iter(vec![1, 2]),
        stream::iter(vec![]),
        stream::iter(vec![3]),
    ]);
    let flat = acomp![i * 10 async for s in streams async for i in s];
    assert_eq!(flat, vec![10, 20, 30]);
    // Python: {(batch, x) async for batch in batches for x in batch}
    let batches = stream::iter(vec![vec!['a', 'b'], vec!['c']]);
    let pairs = acomp!({(b.len(), x) async for b in batches for x in b.clone()});
    assert_eq!(pairs, HashSet::from([(2, 'a'), (2, 'b'), (1, 'c')]));
}

async fn flaky(id: u32, attempts: &RefCell<HashMap<u32, u32>>) -> Result<u32, String> {
    let n = {
        let mut a = attempts.borrow_mut();
        let n = a.entry(id).or_insert(0);
        *n += 1;
        *n
    };
    tokio::task::yield_now().await;
    // id k fails its first k % 3 attempts
    if n <= id % 3 {
        Err(format!("try {n} of {id} failed"))
    } else {
        Ok(id * 10)
    }
}

async fn retry<T, E, F, Fut>(mut f: F, tries: u32) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut last = None;
    for _ in 0..tries {
        match f().await {
            Ok(v) => return Ok(v),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap())
}

// Python: await asyncio.gather(*[retry(lambda: flaky(i), 3) for i in range(6)])
#[tokio::test]
async fn async_retries_with_concurrency() {
    let attempts = RefCell::new(HashMap::new());
    // Python: await asyncio.gather(*[retry(lambda: flaky(i), 3) for i in range(6)])
    let got = acomp![retry(|| flaky(i, &attempts), 3).await? for i in 0..6; concurrency = 2];
    assert_eq!(got, Ok(vec![0, 10, 20, 30, 40, 50]));
    // Python: {i: n for i, n in attempts.items()}
    let tries = comp!({*i: *n for (i, n) in attempts.borrow().iter()});
    let mut want = HashMap::new();
    for i in 0..6u32 {
        want.insert(i, i % 3 + 1);
    }
    assert_eq!(tries, want);
    // one try only: the ones with id % 3 != 0 fail
    let attempts = RefCell::new(HashMap::new());
    let once = acomp![retry(|| flaky(i, &attempts), 1).await.is_ok() for i in 0..6];
    assert_eq!(once, comp![i % 3 == 0 for i in 0..6]);
}

// Python: [r for r in await asyncio.gather(*map(fetch, ids), return_exceptions=True) if not isinstance(r, Exception)]
#[tokio::test]
async fn async_skip_failures_instead_of_raising() {
    let ids = [1, 13, 4, 13, 5];
    // Python: [r for r in await asyncio.gather(*map(fetch, ids), return_exceptions=True) if not isinstance(r, Exception)]
    let ok = acomp![p for i in ids if let Ok(p) = fetch(i).await];
    assert_eq!(ok, vec!["page-1", "page-4", "page-5"]);
    // Python: {i: str(e) for i in ids if isinstance(e := await fetch_err(i), Exception)}
    let errs = acomp!({i: e for i in ids if let Err(e) = fetch(i).await; concurrency = 2});
    assert_eq!(errs, HashMap::from([(13, "404 for 13".to_string())]));
}

// Python: [await asyncio.wait_for(work(ms), 0.02) for ms in jobs]  (skipping timeouts)
#[tokio::test(start_paused = true)]
async fn async_timeouts_per_item() {
    async fn work(ms: u64) -> u64 {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        ms * 2
    }
    let jobs = [5u64, 50, 15, 80];
    // Python: [await asyncio.wait_for(work(ms), 0.02) for ms in jobs]  (skipping timeouts)
    let done = acomp![v for ms in jobs if let Ok(v) = tokio::time::timeout(Duration::from_millis(20), work(ms)).await; concurrency = 4];
    assert_eq!(done, vec![10, 30]);
    // Python: [ms for ms in jobs if ms > 20] timed out
    let timed_out = comp![ms for ms in jobs if ms > 20];
    assert_eq!(timed_out, vec![50, 80]);
}

fn eval_async<'a>(e: &'a Expr, env: &'a HashMap<&str, i64>) -> BoxFuture<'a, i64> {
    async move {
        match e {
            Num(n) => *n,
            Var(v) => env[v.as_str()],
            Add(a, b) => eval_async(a, env).await + eval_async(b, env).await,
            // Python: math.prod([await eval_async(x, env) for x in xs])
            Mul(xs) => acomp![eval_async(x, env).await for x in xs; concurrency = 4]
                .iter()
                .product(),
            Neg(x) => -eval_async(x, env).await,
        }
    }
    .boxed()
}

// Python: [await eval_async(e, env) for env in envs]
#[tokio::test]
async fn async_recursive_interpreter() {
    let e = sample_expr();
    let envs = vec![
        HashMap::from([("x", 1), ("y", 1)]),
        HashMap::from([("x", 2), ("y", -1)]),
    ];
    // Python: [await eval_async(e, env) for env in envs]
    let got = acomp![eval_async(&e, env).await for env in &envs];
    let want = comp![eval(&e, env).unwrap() for env in &envs];
    assert_eq!(got, want);
    assert_eq!(got, vec![-12, 20]);
}

// Python: dict(await asyncio.gather(*[stat(p, s) for p, s in files if s > 100]))
#[tokio::test]
async fn async_walk_tree_sizes_concurrently() {
    async fn stat(path: &str, size: u64) -> (String, u64) {
        tokio::task::yield_now().await;
        (path.to_uppercase(), size)
    }
    let files = all_files(&tree(), "");
    // Python: dict(await asyncio.gather(*[stat(p, s) for p, s in files if s > 100]))
    let stats = acomp!({p: s async for (p, s) in stream::iter(files.iter().map(|(p, s)| stat(p, *s))).then(|f| f) if s > 100});
    assert_eq!(stats.len(), 4);
    assert_eq!(stats["/ROOT/SRC/LIB.RS"], 900);
    // Python: [s for _, s in await gather(*[stat(p, s) for p, s in files])]
    let sizes = acomp![stat(p, *s).await.1 for (p, s) in &files; concurrency = 2, unordered];
    let mut sorted = sizes.clone();
    sorted.sort();
    let mut want = comp![*s for (_, s) in &files];
    want.sort();
    assert_eq!(sorted, want);
}

// Python: sem = Semaphore(3 if fast else 1); await gather(*[guarded(x) for x in range(10)])
#[tokio::test]
async fn async_concurrency_bound_is_respected() {
    let in_flight = Cell::new(0usize);
    let peak = Cell::new(0usize);
    let step = |x: u32| {
        let in_flight = &in_flight;
        let peak = &peak;
        async move {
            in_flight.set(in_flight.get() + 1);
            peak.set(peak.get().max(in_flight.get()));
            for _ in 0..3 {
                tokio::task::yield_now().await;
            }
            in_flight.set(in_flight.get() - 1);
            x
        }
    };
    let fast = true;
    // Python: sem = Semaphore(3 if fast else 1); await gather(*[guarded(x) for x in range(10)])
    let out = acomp![step(x).await for x in 0..10; concurrency = 3 if fast else 1];
    assert_eq!(out, (0..10).collect::<Vec<_>>());
    assert_eq!(peak.get(), 3);
    assert_eq!(in_flight.get(), 0);
}

// Python: {w: len(w) async for w in words if len(w) > 2}
#[test]
fn async_under_block_on_executor() {
    futures::executor::block_on(async {
        let words = stream::iter(vec!["alpha", "be", "gamma"]);
        // Python: {w: len(w) async for w in words if len(w) > 2}
        let m = acomp!({w: w.len() async for w in words if w.len() > 2});
        assert_eq!(m, HashMap::from([("alpha", 5), ("gamma", 5)]));
        // Python: [w.upper() async for w in stream(["x", "yy"])]
        let up = acomp![w.to_uppercase() async for w in stream::iter(["x", "yy"])];
        assert_eq!(up, vec!["X", "YY"]);
    });
}

// Python: async def pipeline(items): return [y async for x in items if (y := await transform(x)) is not None]
async fn transform(x: i32) -> Option<i32> {
    tokio::task::yield_now().await;
    if x % 2 == 0 {
        Some(x / 2)
    } else {
        None
    }
}

// Python: asyncio.create_task(gather(*[double(i) for i in ids if i % 2]))
#[tokio::test]
async fn async_etl_walrus_and_if_let() {
    let items = stream::iter(vec![4, 3, 10, 7, 0]);
    let walrus = acomp![y.unwrap() async for x in items if (y := transform(x).await).is_some()];
    assert_eq!(walrus, vec![2, 5, 0]);
    let items = vec![4, 3, 10, 7, 0];
    let iflet = acomp![y for x in &items if let Some(y) = transform(*x).await; concurrency = 2];
    assert_eq!(iflet, walrus);
}

// Python: asyncio.create_task(gather(*[double(i) for i in ids if i % 2]))
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn async_pipeline_spawned_as_task() {
    let ids: Vec<u32> = (1..=6).collect();
    let handle = tokio::spawn(async move {
        // Python: asyncio.create_task(gather(*[double(i) for i in ids if i % 2]))
        acomp![double(i).await for i in ids if i % 2 == 1; concurrency = 2]
    });
    assert_eq!(handle.await.unwrap(), vec![2, 6, 10]);
}

// Python: async def ticker(n): for i in range(n): if i != 2: yield await double(i)
fn ticker(n: u32) -> impl Stream<Item = u32> {
    acomp!(move (double(i).await for i in 0..n if i != 2))
}

// Python: def stage(xs): return (x * 2 for x in xs)
fn boxed_stage(xs: Vec<i32>) -> Pin<Box<dyn Stream<Item = i32>>> {
    Box::pin(acomp!(move (x * 2 for x in xs)))
}

// Python: [y async for y in stage([1, 2, 3]) if y != 4]
#[tokio::test]
async fn async_streams_returned_from_functions() {
    let ticks = acomp![t async for t in ticker(5)];
    let mut want = Vec::new();
    for i in 0..5 {
        if i != 2 {
            want.push(i * 2);
        }
    }
    assert_eq!(ticks, want);
    // Python: [y async for y in stage([1, 2, 3]) if y != 4]
    let ys = acomp![y async for y in boxed_stage(vec![1, 2, 3]) if y != 4];
    assert_eq!(ys, vec![2, 6]);
    // Python: {await double(t) async for t in ticker(3)}
    let set = acomp!({double(t).await async for t in ticker(3)});
    assert_eq!(set, HashSet::from([0, 4]));
}

// ---------------------------------------------------------------------------
// Batch 2: more library-style shapes
// ---------------------------------------------------------------------------

// Python: def mapped(xs, f): return (f(x) for x in xs)
fn mapped<'a, T, U>(xs: &'a [T], f: impl Fn(&T) -> U + 'a) -> impl Iterator<Item = U> + 'a {
    comp!(move (f(x) for x in xs))
}

// Python: ((i, j) for i in range(n) for j in range(i))
fn lower_triangle(n: usize) -> impl Iterator<Item = (usize, usize)> {
    comp!(move ((i, j) for i in 0..n for j in 0..i))
}

// Python: sum_even(x * 3 for x in range(5))
#[test]
fn generic_lazy_returns_with_closures() {
    let xs = [1, 2, 3];
    let offset = 10;
    let v: Vec<i32> = mapped(&xs, |x| x + offset).collect();
    assert_eq!(v, vec![11, 12, 13]);
    let tri: Vec<_> = lower_triangle(4).collect();
    let mut want = Vec::new();
    for i in 0..4 {
        for j in 0..i {
            want.push((i, j));
        }
    }
    assert_eq!(tri, want);
    // Python: sum_even(x * 3 for x in range(5))
    assert_eq!(sum_even(comp!((x * 3 for x in 0..5))), 6 + 12);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, PartialEq)]
struct Token<'s> {
    text: &'s str,
    kind: Kind,
    at: usize,
}

// Python: [Token(src[s:e], kind, s) for s, e, kind in spans(src)]
fn lex(src: &str) -> Vec<Token<'_>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in src.char_indices().chain(std::iter::once((src.len(), ' '))) {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
        if !c.is_alphanumeric() && !c.is_whitespace() && i < src.len() {
            spans.push((i, i + c.len_utf8()));
        }
    }
    spans.sort();
    comp![
        Token { text: &src[s..e], kind: Kind::Num if src[s..e].chars().all(|c| c.is_ascii_digit()) else Kind::Word if src[s..e].chars().all(char::is_alphanumeric) else Kind::Punct, at: s }
        for (s, e) in spans
    ]
}

// Python: {t.kind: [t.text for t in toks if t.kind == k] for k in {t.kind for t in toks}}
#[test]
fn lexer_struct_with_lifetime_and_chained_conditional() {
    let src = String::from("x1 = 42+y;");
    let toks = lex(&src);
    let texts = comp![t.text for t in &toks];
    assert_eq!(texts, vec!["x1", "=", "42", "+", "y", ";"]);
    // Python: {t.kind: [t.text for t in toks if t.kind == k] for k in {t.kind for t in toks}}
    let by_kind =
        comp!({k: [t.text for t in &toks if t.kind == k] for k in {t.kind for t in &toks}});
    assert_eq!(by_kind[&Kind::Punct], vec!["=", "+", ";"]);
    assert_eq!(by_kind[&Kind::Num], vec!["42"]);
    assert_eq!(by_kind[&Kind::Word], vec!["x1", "y"]);
    // Python: [(t.at < 3, t.at > 6) for t in toks]
    let flags = comp![(t.at < 3, t.at > 6) for t in &toks];
    let mut want = Vec::new();
    for t in &toks {
        want.push((t.at < 3, t.at > 6));
    }
    assert_eq!(flags, want);
}

// Python: (w for line in source.splitlines() for w in line.upper().split())
#[test]
fn lazy_flatten_over_owned_lines() {
    let source = "a b\nc\n\nd e f";
    // Python: (w for line in source.splitlines() for w in line.upper().split())
    let upper: Vec<String> = comp!((w.to_string() for line in source.lines() for w in line.to_uppercase().split_whitespace())).collect();
    assert_eq!(upper, vec!["A", "B", "C", "D", "E", "F"]);
    let owned: Vec<String> = source.lines().map(String::from).collect();
    // Python: (t for line in owned for t in words(line))
    let n = comp!((t.len() for line in owned for t in words(&line))).count();
    assert_eq!(n, 6);
}

// Python: [sorted(set(c for c in w)) for w in words]
#[test]
fn generator_as_only_call_argument() {
    use std::collections::BTreeSet;
    let words = ["hello", "world", "aab"];
    // Python: [sorted(set(c for c in w)) for w in words]
    let letters = comp![BTreeSet::from_iter(c for c in w.chars()) for w in words];
    assert_eq!(letters[2], BTreeSet::from(['a', 'b']));
    assert_eq!(letters[0].len(), 4);
    // Python: [max(len(w) for w in g) for g in groups]
    let groups = vec![vec!["a", "bbb"], vec!["cc"]];
    let longest = comp![(w.len() for w in g).max().unwrap() for g in &groups];
    assert_eq!(longest, vec![3, 2]);
    // Python: [sum(x * y for y in range(x)) for x in xs]
    let tri = comp![Iterator::sum::<u32>(x * y for y in 0..x) for x in 1..5u32];
    let mut want = Vec::new();
    for x in 1..5u32 {
        let mut s = 0;
        for y in 0..x {
            s += x * y;
        }
        want.push(s);
    }
    assert_eq!(tri, want);
}

// Python: [T() for _ in range(n)]
#[test]
fn generic_paths_and_turbofish_in_elements() {
    fn defaults<T: Default + Clone>(n: usize) -> Vec<T> {
        // Python: [T() for _ in range(n)]
        comp![<T as Default>::default() for _ in 0..n]
    }
    assert_eq!(defaults::<u8>(3), vec![0, 0, 0]);
    // Python: [[] for _ in range(3)]
    let buckets = comp![Vec::<String>::new() for _ in 0..3];
    assert_eq!(buckets.len(), 3);
    // Python: [x.bit_length() for x in xs]
    let sizes = comp![std::mem::size_of::<u64>() * n for n in [1, 2]];
    assert_eq!(sizes, vec![8, 16]);
    // Python: [int(x) for x in xs if float(x) > 2.5]
    let xs = [1u8, 3, 5];
    let big = comp![u64::from(x) for x in xs if x as f64 > 2.5];
    assert_eq!(big, vec![3, 5]);
    // Python: dict(zip(keys, values))
    let keys = ["a", "b"];
    let values = vec![1.5, 2.5];
    let d = comp!({k: v for (k, v) in keys.iter().zip(values)});
    assert_eq!(d[&"b"], 2.5);
}

trait Observer {
    fn notify(&mut self, ev: &str) -> usize;
}

struct Counter {
    seen: Vec<String>,
}

impl Observer for Counter {
    fn notify(&mut self, ev: &str) -> usize {
        self.seen.push(ev.to_string());
        self.seen.len()
    }
}

// Python: [o.notify("start") for o in observers]
#[test]
fn trait_objects_mutated_through_iter_mut() {
    let mut observers: Vec<Box<dyn Observer>> = vec![
        Box::new(Counter { seen: vec![] }),
        Box::new(Counter {
            seen: vec!["old".into()],
        }),
    ];
    // Python: [o.notify("start") for o in observers]
    let counts = comp![o.notify("start") for o in observers.iter_mut()];
    assert_eq!(counts, vec![1, 2]);
    // Python: [o.notify(ev) for o in observers for ev in ("a", "b")]
    let more = comp![o.notify(ev) for o in observers.iter_mut() for ev in ["a", "b"]];
    assert_eq!(more, vec![2, 3, 3, 4]);
}

struct Visitor {
    depth_hist: BTreeMap<usize, usize>,
}

impl Visitor {
    // Python: def visit(self, n, d): self.hist[d] += 1; return [self.visit(c, d + 1) for c in n.children]
    fn visit(&mut self, n: &Node, d: usize) -> usize {
        *self.depth_hist.entry(d).or_insert(0) += 1;
        match n {
            Node::File { .. } => 1,
            Node::Dir { children, .. } => {
                1 + comp![self.visit(c, d + 1) for c in children]
                    .iter()
                    .sum::<usize>()
            }
        }
    }
}

// Python: [d for d, n in hist.items() if n > 1]
#[test]
fn visitor_with_mut_self_in_element() {
    let mut v = Visitor {
        depth_hist: BTreeMap::new(),
    };
    let total = v.visit(&tree(), 0);
    // root, README, src, lib, main, bin, cli, docs, guide, empty
    assert_eq!(total, 10);
    assert_eq!(
        v.depth_hist,
        BTreeMap::from([(0, 1), (1, 4), (2, 4), (3, 1)])
    );
    // Python: [d for d, n in hist.items() if n > 1]
    let busy = comp![*d for (d, n) in &v.depth_hist if *n > 1];
    assert_eq!(busy, vec![1, 2]);
}

// Python: @pytest.mark.parametrize("n,c", [(n, c) for n in [1, 2] for c in "xy"])
#[test]
fn parametrize_cartesian_product_ids() {
    // Python: @pytest.mark.parametrize("n,c", [(n, c) for n in [1, 2] for c in "xy"])
    let params = comp![(n, c) for n in [1, 2] for c in "xy".chars()];
    assert_eq!(params, vec![(1, 'x'), (1, 'y'), (2, 'x'), (2, 'y')]);
    // Python: ids = [f"{c * n}" for n, c in params]
    // smallest change: `repeat(n)` -> `repeat(*n)` (my slip; rustc's E0308 with the `*n` hint, as by hand)
    let ids = comp![c.to_string().repeat(*n) for (n, c) in &params];
    assert_eq!(ids, vec!["x", "y", "xx", "yy"]);
    // Python: {(n, c): len(c * n) for n, c in params}
    let lens = comp!({(*n, *c): c.to_string().repeat(*n).len() for (n, c) in &params});
    assert_eq!(lens[&(2, 'y')], 2);
    // Python: [[f(a, b) for b in range(3)] for a in range(2)]
    let table = comp![[a * 3 + b for b in 0..3] for a in 0..2];
    assert_eq!(table, vec![vec![0, 1, 2], vec![3, 4, 5]]);
}

// Python: (int(s) for s in xs)  -> a generator that raises on the first bad one
fn parse_lazy<'a>(xs: &'a [&'a str]) -> impl Iterator<Item = Result<i32, ParseIntError>> + 'a {
    comp!((s.parse::<i32>()? for s in xs))
}

// Python: async def pages(ids): for i in ids: yield await fetch(i)  (raises on 404)
#[test]
fn lazy_question_mark_stops_after_first_error() {
    let got: Vec<_> = parse_lazy(&["1", "2", "x", "4"]).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[..2], [Ok(1), Ok(2)]);
    assert!(got[2].is_err());
    let all: Result<Vec<i32>, _> = parse_lazy(&["7", "8"]).collect();
    assert_eq!(all, Ok(vec![7, 8]));
}

// ---------------------------------------------------------------------------
// Batch 2: async
// ---------------------------------------------------------------------------

// Python: async def pages(ids): for i in ids: yield await fetch(i)  (raises on 404)
#[tokio::test]
async fn async_lazy_with_question_mark_items() {
    // Python: async def pages(ids): for i in ids: yield await fetch(i)  (raises on 404)
    let ids = vec![2, 13, 5];
    let mut s = acomp!((fetch(*i).await? for i in &ids));
    assert_eq!(s.next().await, Some(Ok("page-2".to_string())));
    assert_eq!(s.next().await, Some(Err("404 for 13".to_string())));
    assert_eq!(s.next().await, None);
}

// Python: await asyncio.gather(*[job(i) for i in range(100)])  (first exception propagates)
#[tokio::test]
async fn async_fail_fast_starts_nothing_new() {
    let started = Cell::new(0u32);
    let job = |i: u32| {
        let started = &started;
        async move {
            started.set(started.get() + 1);
            tokio::task::yield_now().await;
            if i == 2 {
                Err(format!("job {i} failed"))
            } else {
                Ok(i)
            }
        }
    };
    // Python: await asyncio.gather(*[job(i) for i in range(100)])  (first exception propagates)
    let r = acomp![job(i).await? for i in 0..100; concurrency = 3];
    assert_eq!(r, Err("job 2 failed".to_string()));
    assert!(started.get() < 10, "started {}", started.get());
}

struct Dept {
    name: &'static str,
    ids: Vec<u32>,
}

// Python: [(d.name, await double(i)) for d in depts for i in d.ids]
#[tokio::test]
async fn async_nested_outer_var_shared_under_concurrency() {
    let depts = vec![
        Dept {
            name: "eng",
            ids: vec![1, 2],
        },
        Dept {
            name: "ops",
            ids: vec![4],
        },
    ];
    // Python: [(d.name, await double(i)) for d in depts for i in d.ids]
    let seq = acomp![(d.name, double(*i).await) for d in &depts for i in &d.ids];
    let conc = acomp![(d.name, double(*i).await) for d in &depts for i in &d.ids; concurrency = 2];
    let mut want = Vec::new();
    for d in &depts {
        for i in &d.ids {
            want.push((d.name, i * 2));
        }
    }
    assert_eq!(seq, want);
    assert_eq!(conc, want);
    // Python: [[await double(x) for x in d.ids] for d in depts]
    let nested = acomp![[double(*x).await for x in &d.ids] for d in &depts];
    assert_eq!(nested, vec![vec![2, 4], vec![8]]);
}

// Python: [x * x for x in await load(4)]
#[tokio::test]
async fn async_first_iterable_awaits_and_partial_consumption() {
    async fn load(n: u32) -> Vec<u32> {
        tokio::task::yield_now().await;
        (0..n).collect()
    }
    // Python: [x * x for x in await load(4)]
    let sq = acomp![x * x for x in load(4).await];
    assert_eq!(sq, vec![0, 1, 4, 9]);
    // Python: [sum(n for n in await load(d)) for d in docs]
    let sums = acomp![(n for n in load(d).await).sum::<u32>() for d in [3, 5]];
    assert_eq!(sums, vec![3, 10]);
    // Python: head = [x async for x in islice(s, 2)]; rest = [x async for x in s]
    let mut s = stream::iter(10..15);
    let head = acomp![x async for x in (&mut s).take(2)];
    let rest = acomp![x async for x in &mut s];
    assert_eq!(head, vec![10, 11]);
    assert_eq!(rest, vec![12, 13, 14]);
}

// Python: producer = asyncio.create_task(produce(queue))
#[tokio::test]
async fn async_producer_task_and_consumer_comprehension() {
    let (tx, rx) = futures::channel::mpsc::channel::<u32>(2);
    // Python: producer = asyncio.create_task(produce(queue))
    let producer = tokio::spawn(async move {
        let mut tx = tx;
        for i in 0..8 {
            futures::SinkExt::send(&mut tx, i).await.unwrap();
        }
    });
    // Python: [await double(x) async for x in queue if x % 3]
    let consumed = acomp![double(x).await async for x in rx if x % 3 != 0];
    producer.await.unwrap();
    assert_eq!(consumed, comp![x * 2 for x in 0..8u32 if x % 3 != 0]);
}

// ---------------------------------------------------------------------------
// Batch 3: interpreter-style elements (blocks, loops, guards, repeats)
// ---------------------------------------------------------------------------

// Python: [t for t in toks if isinstance(t, Int) and t.value > 5]
#[test]
fn tokenizer_guards_in_matches() {
    let toks = tokenize("3 40 + 7 x 100 *");
    // Python: [t for t in toks if isinstance(t, Int) and t.value > 5]
    let big = comp![t for t in &toks if matches!(t, Tok::Int(n) if *n > 5)];
    assert_eq!(big, vec![&Tok::Int(40), &Tok::Int(7), &Tok::Int(100)]);
    // Python: sum(1 for t in toks if isinstance(t, Op) and t.op in "+-")
    let additive =
        comp!((t for t in &toks if matches!(t, Tok::Op(c) if "+-".contains(*c)))).count();
    assert_eq!(additive, 1);
}

// Python: [next((i for i in range(len(src)) if src.startswith(n + " ", i)), -1) for n in needles]
#[test]
fn scanner_with_loops_in_block_elements() {
    let src = "let a = 10; let bb = 200;";
    let needles = ["a", "bb", "zz"];
    // Python: [next((i for i in range(len(src)) if src.startswith(n + " ", i)), -1) for n in needles]
    let found = comp![
        {
            let mut at = -1i64;
            for i in 0..src.len() {
                if src[i..].starts_with(&format!("{n} ")) {
                    at = i as i64;
                    break;
                }
            }
            at
        }
        for n in needles
    ];
    let mut want = Vec::new();
    for n in needles {
        want.push(src.find(&format!("{n} ")).map_or(-1, |i| i as i64));
    }
    assert_eq!(found, want);
    // Python: [collatz_steps(x) for x in xs]
    let steps = comp![
        {
            let mut n = x;
            let mut k = 0;
            loop {
                if n == 1 {
                    break k;
                }
                n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
                k += 1;
            }
        }
        for x in [1u64, 6, 7]
    ];
    assert_eq!(steps, vec![0, 8, 16]);
}

// Python: [int(a) * int(b) for a, b in (p.split("x") for p in dims)]
#[test]
fn question_mark_inside_block_element() {
    // Python: [int(a) * int(b) for a, b in (p.split("x") for p in dims)]
    fn areas(dims: &[&str]) -> Result<Vec<u32>, String> {
        comp![
            {
                let (a, b) = d.split_once('x').ok_or(format!("bad {d}"))?;
                let a: u32 = a.parse().map_err(|_| format!("bad width {a}"))?;
                let b: u32 = b.parse().map_err(|_| format!("bad height {b}"))?;
                a * b
            }
            for d in dims
        ]
    }
    assert_eq!(areas(&["2x3", "10x10"]), Ok(vec![6, 100]));
    assert_eq!(areas(&["2x3", "10"]), Err("bad 10".to_string()));
    assert_eq!(areas(&["2xq"]), Err("bad height q".to_string()));
}

// Python: [[0] * n for n in range(1, 4)]
#[test]
fn repeat_expressions_and_macros_with_semicolons() {
    // Python: [[0] * n for n in range(1, 4)]
    let zeros = comp![vec![0; n] for n in 1..4];
    assert_eq!(zeros, vec![vec![0], vec![0, 0], vec![0, 0, 0]]);
    // Python: [(x,) * 2 for x in range(3)]
    let pairs = comp![[x; 2] for x in 0..3];
    assert_eq!(pairs, vec![[0, 0], [1, 1], [2, 2]]);
}

// Python: {int(s): s for s in raw}
#[test]
fn dict_keys_with_paths_and_turbofish() {
    let raw = ["10", "7", "10"];
    // Python: {int(s): s for s in raw}
    let by_num = comp!({s.parse::<u32>().unwrap(): s for s in raw});
    assert_eq!(by_num.len(), 2);
    assert_eq!(by_num[&7], "7");
    // Python: {Kind.WORD: 0, ...}  via a comprehension over kinds
    let zero = comp!({Kind::Word: i for i in 0..3});
    assert_eq!(zero[&Kind::Word], 2);
    // Python: {(k if k else "<empty>"): len(k) for k in keys}
    let keys = ["", "ab"];
    let labelled = comp!({(k if !k.is_empty() else "<empty>"): k.len() for k in keys});
    assert_eq!(labelled, HashMap::from([("<empty>", 0), ("ab", 2)]));
    // Python: {op: (lambda a, b, op=op: ...) for op in "+*"}
    let table = comp!({op: Box::new(move |a: i64, b: i64| if op == '+' { a + b } else { a * b }) as Box<dyn Fn(i64, i64) -> i64> for op in ['+', '*']});
    assert_eq!(table[&'+'](3, 4), 7);
    assert_eq!(table[&'*'](3, 4), 12);
}

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    // Python: [cls(x, y) for x, y in coords]
    fn many(coords: &[(i32, i32)]) -> Vec<Self> {
        comp![Self { x, y } for &(x, y) in coords]
    }
}

// Python: [(p.x, p.y) for p in ps if p != Point(0, 0)]
#[test]
fn self_struct_literals_in_elements() {
    let ps = Point::many(&[(0, 0), (1, 2), (3, -1)]);
    // Python: [(p.x, p.y) for p in ps if p != Point(0, 0)]
    let nonzero = comp![(p.x, p.y) for p in &ps if (p.x, p.y) != (0, 0)];
    assert_eq!(nonzero, vec![(1, 2), (3, -1)]);
    // Python: {Point(p.y, p.x) for p in ps}  -> as tuples
    let swapped = comp!({(q.x, q.y) for p in &ps let q = Point { x: p.y, y: p.x }});
    assert_eq!(swapped, HashSet::from([(0, 0), (2, 1), (-1, 3)]));
}

struct Client {
    limit: usize,
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> Result<String, String> {
        tokio::task::yield_now().await;
        if path.contains("..") {
            Err(format!("refused {path}"))
        } else {
            Ok(format!("{}/{}", self.base, path))
        }
    }

    // Python: async def get_all(self, paths): return await gather(*[self.get(p) for p in paths])
    async fn get_all(&self, paths: &[&str]) -> Result<HashMap<String, String>, String> {
        acomp!({p.to_string(): self.get(p).await? for p in paths; concurrency = self.limit})
    }
}

// Python: [url async for url in as_completed(...)]  with failures raising
#[tokio::test]
async fn async_method_with_self_and_concurrency_field() {
    let c = Client {
        limit: 2,
        base: "http://h".into(),
    };
    let ok = c.get_all(&["a", "b/c"]).await.unwrap();
    assert_eq!(ok["b/c"], "http://h/b/c");
    assert_eq!(ok.len(), 2);
    assert_eq!(
        c.get_all(&["a", "../etc"]).await,
        Err("refused ../etc".to_string())
    );
    // Python: [url async for url in as_completed(...)]  with failures raising
    let urls: Vec<Result<String, String>> =
        acomp!((c.get(p).await? for p in ["x", "..", "y"]; concurrency = 2, unordered))
            .collect()
            .await;
    // "x" and ".." finish in the same round: which comes first is not specified,
    // but the stream ends with the error
    assert_eq!(urls.last(), Some(&Err("refused ..".to_string())));
    assert!(urls.len() <= 2);
}

trait Bounded {
    const MAXV: Self;
}

impl Bounded for u8 {
    const MAXV: u8 = 255;
}

// Python: [x for x in xs if x < T.MAX]
fn below_max<T: Copy + PartialOrd + Bounded>(xs: &[T]) -> Vec<T> {
    comp![x for x in xs.iter().copied() if x < T::MAXV]
}

// Python: [x * 10 if x > 1 else x for x in range(4)]  (written as an early exit)
#[tokio::test]
async fn interpreter_control_flow_in_elements() {
    assert_eq!(below_max(&[1u8, 255, 3]), vec![1, 3]);
    // Python: [x * 10 if x > 1 else x for x in range(4)]  (written as an early exit)
    let lab = comp![('blk: { if x > 1 { break 'blk x * 10; } x }) for x in 0..4];
    assert_eq!(lab, comp![x * 10 if x > 1 else x for x in 0..4]);
    // Python: [(lambda: 1 if x > 1 else 0)() for x in range(4)]
    let ret = comp![(|| { if x > 1 { return 1; } 0 })() for x in 0..4];
    assert_eq!(ret, vec![0, 0, 1, 1]);
    // Python: [len(list(takewhile(lambda v: v <= 2, s))) for s in streams]
    let streams = vec![stream::iter(vec![1, 2]), stream::iter(vec![3])];
    let lens = acomp![{ let mut s = s; let mut n = 0; while let Some(v) = s.next().await { if v > 2 { break; } n += 1; } n } for s in streams];
    assert_eq!(lens, vec![2, 0]);
    // Python: [first(v for v in (await double(y) for y in count(x)) if v > 0) for x in [0, 5]]
    let first_big = acomp![loop { let v = double(x).await; if v > 0 { break v; } x += 1; } for mut x in [0u32, 5]];
    assert_eq!(first_big, vec![2, 10]);
}
