//! Round 11: real-world Python comprehensions, translated by a README-only user.
//! Emphasis: methods and generics, borrowing, comprehensions inside other
//! expressions, data-processing dicts and sets, asyncio code, conditionals
//! and walrus in every position.

// The tester's own style, kept as written: Python lists as `vec![..]`, a
// cast and an `Ok(x?)` a careful reviewer would drop.
#![allow(
    clippy::useless_vec,
    clippy::unnecessary_cast,
    clippy::needless_question_mark
)]

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Display;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Instant};

// ---------------------------------------------------------------------------
// 1. methods and generics

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    price: u32,
    qty: u32,
    tags: Vec<String>,
    discount: Option<u32>,
}

fn item(name: &str, price: u32, qty: u32, tags: &[&str], discount: Option<u32>) -> Item {
    Item {
        name: name.to_string(),
        price,
        qty,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        discount,
    }
}

struct Inventory {
    items: Vec<Item>,
    by_name: HashMap<String, u32>,
    owner: Option<String>,
}

impl Inventory {
    fn new() -> Self {
        let items = vec![
            item("apple", 3, 10, &["fruit", "red"], None),
            item("pear", 4, 0, &["fruit"], Some(1)),
            item("hammer", 25, 2, &["tool"], Some(5)),
            item("nail", 1, 500, &["tool", "small"], None),
        ];
        let by_name = items.iter().map(|i| (i.name.clone(), i.price)).collect();
        Inventory {
            items,
            by_name,
            owner: Some("ann".to_string()),
        }
    }

    // Python: return [i for i in self.items if i.qty > 0]
    fn in_stock(&self) -> Vec<&Item> {
        comp![i for i in &self.items if i.qty > 0]
    }

    // Python: return [i.name for i in self.items if tag in i.tags]
    fn names_tagged(&self, tag: &str) -> Vec<&str> {
        comp![i.name.as_str() for i in &self.items if i.tags.iter().any(|t| t == tag)]
    }

    // Python: return {i.name: i.price * i.qty for i in self.items}
    fn stock_value(&self) -> HashMap<&str, u32> {
        comp!({i.name.as_str(): i.price * i.qty for i in &self.items})
    }

    // Python: return sum(i.price * i.qty for i in self.items)
    fn total(&self) -> u32 {
        comp!((i.price * i.qty for i in &self.items)).sum()
    }

    // Python: return (i.name for i in self.items if i.discount)
    fn discounted(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((i.name.as_str() for i in &self.items if i.discount.is_some()))
    }

    // Python: return [name for name, price in self.by_name.items() if price < limit]
    fn cheaper_than(&self, limit: u32) -> Vec<&String> {
        comp![name for (name, price) in &self.by_name if *price < limit]
    }

    // Python: for i in self.items: i.qty += n   (via [i for i in self.items if ...])
    fn restock(&mut self, n: u32) -> usize {
        let empty = comp![i for i in self.items.iter_mut() if i.qty == 0];
        let count = empty.len();
        for i in empty {
            i.qty += n;
        }
        count
    }

    // Python: return [i.price - i.discount for i in self.items if i.discount is not None]
    fn discounted_prices(&self) -> Vec<u32> {
        comp![i.price - d for i in &self.items if let Some(d) = i.discount]
    }

    // Python: return [f"{self.owner}:{i.name}" for i in self.items] if self.owner else []
    fn owned_labels(&self) -> Vec<String> {
        match &self.owner {
            Some(o) => comp![format!("{o}:{}", i.name) for i in &self.items],
            None => vec![],
        }
    }
}

#[test]
fn method_in_stock_borrows_self() {
    // Python: return [i for i in self.items if i.qty > 0]
    let inv = Inventory::new();
    let got: Vec<&str> = inv.in_stock().iter().map(|i| i.name.as_str()).collect();
    assert_eq!(got, vec!["apple", "hammer", "nail"]);
}

#[test]
fn method_names_tagged() {
    // Python: return [i.name for i in self.items if tag in i.tags]
    let inv = Inventory::new();
    assert_eq!(inv.names_tagged("tool"), vec!["hammer", "nail"]);
    assert_eq!(inv.names_tagged("fruit"), vec!["apple", "pear"]);
}

#[test]
fn method_stock_value_dict() {
    // Python: return {i.name: i.price * i.qty for i in self.items}
    let inv = Inventory::new();
    let v = inv.stock_value();
    let mut want = HashMap::new();
    want.insert("apple", 30);
    want.insert("pear", 0);
    want.insert("hammer", 50);
    want.insert("nail", 500);
    assert_eq!(v, want);
}

#[test]
fn method_total_lazy_sum() {
    // Python: return sum(i.price * i.qty for i in self.items)
    assert_eq!(Inventory::new().total(), 580);
}

#[test]
fn method_returns_impl_iterator() {
    // Python: return (i.name for i in self.items if i.discount)
    let inv = Inventory::new();
    let v: Vec<&str> = inv.discounted().collect();
    assert_eq!(v, vec!["pear", "hammer"]);
}

#[test]
fn method_over_self_map() {
    // Python: return [name for name, price in self.by_name.items() if price < limit]
    let inv = Inventory::new();
    let mut v = inv.cheaper_than(4);
    v.sort();
    assert_eq!(v, vec!["apple", "nail"]);
}

#[test]
fn method_iter_mut_restock() {
    // Python: empty = [i for i in self.items if i.qty == 0]
    let mut inv = Inventory::new();
    assert_eq!(inv.restock(7), 1);
    assert_eq!(inv.items[1].qty, 7);
    assert_eq!(inv.restock(7), 0);
}

#[test]
fn method_if_let_option_field() {
    // Python: return [i.price - i.discount for i in self.items if i.discount is not None]
    assert_eq!(Inventory::new().discounted_prices(), vec![3, 20]);
}

#[test]
fn method_in_match_arm() {
    // Python: return [f"{self.owner}:{i.name}" for i in self.items] if self.owner else []
    let mut inv = Inventory::new();
    assert_eq!(
        inv.owned_labels(),
        vec!["ann:apple", "ann:pear", "ann:hammer", "ann:nail"]
    );
    inv.owner = None;
    assert!(inv.owned_labels().is_empty());
}

// Python: def top(xs, k): return sorted([x for x in xs])[-k:]
fn largest_k<T: Ord + Clone>(xs: &[T], k: usize) -> Vec<T> {
    let mut v = comp![x.clone() for x in xs];
    v.sort();
    v.split_off(v.len().saturating_sub(k))
}

#[test]
fn generic_ord_clone() {
    // Python: sorted([x for x in xs])[-k:]
    assert_eq!(largest_k(&[5, 1, 9, 3, 7], 2), vec![7, 9]);
    assert_eq!(largest_k(&["b", "a", "c"], 1), vec!["c"]);
}

// Python: def above(xs, lo): return [x for x in xs if x > lo]
fn above<'a, T: PartialOrd>(xs: &'a [T], lo: &T) -> Vec<&'a T> {
    comp![x for x in xs if x > lo]
}

#[test]
fn generic_returns_refs_into_arg() {
    // Python: [x for x in xs if x > lo]
    let xs = vec![1.5, 0.2, 3.0, -1.0];
    assert_eq!(above(&xs, &1.0), vec![&1.5, &3.0]);
}

// Python: def show_all(xs): return [str(x) for x in xs]
fn show_all<T: Display>(xs: &[T]) -> Vec<String> {
    comp![x.to_string() for x in xs]
}

#[test]
fn generic_display_bound() {
    // Python: [str(x) for x in xs]
    assert_eq!(show_all(&[1, 20, 300]), vec!["1", "20", "300"]);
    assert_eq!(show_all(&['a', 'b']), vec!["a", "b"]);
}

// Python: def uniq(xs): return {x for x in xs}
fn uniq<T: std::hash::Hash + Eq + Clone>(xs: &[T]) -> HashSet<T> {
    comp!({x.clone() for x in xs})
}

#[test]
fn generic_set_hash_eq() {
    // Python: {x for x in xs}
    let s = uniq(&["a", "b", "a", "c", "b"]);
    let want: HashSet<&str> = ["a", "b", "c"].into_iter().collect();
    assert_eq!(s, want);
}

// Python: def index_by(xs, key): return {key(x): x for x in xs}
fn index_by<T, K: std::hash::Hash + Eq>(xs: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T> {
    comp!({key(x): x for x in xs})
}

#[test]
fn generic_dict_with_key_fn() {
    // Python: {key(x): x for x in xs}
    let words = ["apple", "bob", "cat", "anna"];
    let m = index_by(&words, |w| w.len());
    assert_eq!(m.len(), 3);
    assert_eq!(m[&5], &"apple");
    assert_eq!(m[&3], &"cat"); // last wins
    assert_eq!(m[&4], &"anna");
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
}
struct Sq(f64);
struct Circle(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> &str {
        "square"
    }
}
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> &str {
        "circle"
    }
}

#[test]
fn trait_objects() {
    // Python: [s.name() for s in shapes if s.area() > 5]
    let shapes: Vec<Box<dyn Shape>> =
        vec![Box::new(Sq(2.0)), Box::new(Circle(2.0)), Box::new(Sq(3.0))];
    let names = comp![s.name() for s in &shapes if s.area() > 5.0];
    assert_eq!(names, vec!["circle", "square"]);
}

// Python: def areas(shapes): return [s.area() for s in shapes]
fn areas<S: Shape>(shapes: &[S]) -> Vec<f64> {
    comp![s.area() for s in shapes]
}

#[test]
fn generic_trait_bound_items() {
    // Python: [s.area() for s in shapes]
    assert_eq!(areas(&[Sq(1.0), Sq(2.5)]), vec![1.0, 6.25]);
}

#[derive(Default)]
struct QueryBuilder {
    filters: Vec<(String, String)>,
}

impl QueryBuilder {
    // Python: self.filters += [(k, v) for k, v in kwargs.items() if v is not None]
    fn filter(mut self, kwargs: &[(&str, Option<&str>)]) -> Self {
        self.filters
            .extend(comp![(k.to_string(), v.to_string()) for (k, v) in kwargs if let Some(v) = v]);
        self
    }
    // Python: return "&".join(f"{k}={v}" for k, v in self.filters)
    fn build(&self) -> String {
        comp!((format!("{k}={v}") for (k, v) in &self.filters))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[test]
fn builder_pattern() {
    // Python: self.filters += [(k, v) for k, v in kwargs.items() if v is not None]
    let q = QueryBuilder::default()
        .filter(&[("a", Some("1")), ("b", None)])
        .filter(&[("c", Some("x"))]);
    assert_eq!(q.build(), "a=1&c=x");
}

struct Node {
    val: i32,
    children: Vec<Node>,
}

impl Node {
    // Python: return [self.val] + [v for c in self.children for v in c.flatten()]
    fn flatten(&self) -> Vec<i32> {
        let mut out = vec![self.val];
        out.extend(comp![v for c in &self.children for v in c.flatten()]);
        out
    }
    // Python: return [c for c in self.children if not c.children]
    fn leaves(&self) -> Vec<&Node> {
        comp![c for c in &self.children if c.children.is_empty()]
    }
}

#[test]
fn recursive_method() {
    // Python: [self.val] + [v for c in self.children for v in c.flatten()]
    let t = Node {
        val: 1,
        children: vec![
            Node {
                val: 2,
                children: vec![Node {
                    val: 4,
                    children: vec![],
                }],
            },
            Node {
                val: 3,
                children: vec![],
            },
        ],
    };
    assert_eq!(t.flatten(), vec![1, 2, 4, 3]);
    let leaves = comp![l.val for l in t.leaves()];
    assert_eq!(leaves, vec![3]);
}

struct Config {
    extra: Option<Vec<String>>,
}

#[test]
fn over_option_field() {
    // Python: [e.upper() for e in (cfg.extra or [])]
    let cfg = Config {
        extra: Some(vec!["a".into(), "b".into()]),
    };
    let v = comp![e.to_uppercase() for e in cfg.extra.iter().flatten()];
    assert_eq!(v, vec!["A", "B"]);
    let none = Config { extra: None };
    let w = comp![e.to_uppercase() for e in none.extra.iter().flatten()];
    assert!(w.is_empty());
}

#[test]
// rustc's `for_loops_over_fallibles` warns here, as for `for x in opt` by hand.
#[allow(for_loops_over_fallibles)]
fn iterate_option_directly() {
    // Python: [x * 2 for x in ([opt] if opt is not None else [])]
    let opt: Option<i32> = Some(21);
    assert_eq!(comp![x * 2 for x in opt], vec![42]);
    let none: Option<i32> = None;
    assert_eq!(comp![x * 2 for x in none], Vec::<i32>::new());
}

// ---------------------------------------------------------------------------
// 2. lifetimes and borrowing

// Python: def longest_words(text, n): return [w for w in text.split() if len(w) >= n]
fn longest_words(text: &str, n: usize) -> Vec<&str> {
    comp![w for w in text.split_whitespace() if w.len() >= n]
}

#[test]
fn returns_str_slices_of_arg() {
    // Python: [w for w in text.split() if len(w) >= n]
    let text = String::from("the quick brown fox jumps");
    assert_eq!(longest_words(&text, 5), vec!["quick", "brown", "jumps"]);
}

#[test]
fn iter_mut_then_mutate() {
    // Python: big = [x for x in xs if x > 10]  (then mutate each)
    let mut xs = vec![5, 15, 8, 30];
    let big = comp![x for x in xs.iter_mut() if *x > 10];
    for x in big {
        *x = 0;
    }
    assert_eq!(xs, vec![5, 0, 8, 0]);
}

#[test]
fn iter_mut_over_struct_fields() {
    // Python: names = [u.name for u in users]  (then mutate in place)
    let mut items = vec![item("a", 1, 1, &[], None), item("b", 2, 2, &[], None)];
    let names = comp![&mut it.name for it in items.iter_mut()];
    for n in names {
        n.push('!');
    }
    assert_eq!(items[0].name, "a!");
    assert_eq!(items[1].name, "b!");
}

#[test]
fn hashmap_values_and_keys() {
    // Python: [v for v in d.values() if v > 1], sorted(k for k in d.keys())
    let d: HashMap<&str, i32> = [("a", 1), ("b", 2), ("c", 3)].into_iter().collect();
    let mut vals = comp![*v for v in d.values() if *v > 1];
    vals.sort();
    assert_eq!(vals, vec![2, 3]);
    let mut keys = comp![*k for k in d.keys()];
    keys.sort();
    assert_eq!(keys, vec!["a", "b", "c"]);
}

#[test]
fn hashmap_iter_tuple_pattern() {
    // Python: sorted(f"{k}={v}" for k, v in d.items())
    let d: HashMap<String, u32> = [("x".to_string(), 1), ("y".to_string(), 2)]
        .into_iter()
        .collect();
    let mut v = comp![format!("{k}={v}") for (k, v) in d.iter()];
    v.sort();
    assert_eq!(v, vec!["x=1", "y=2"]);
}

#[test]
fn values_mut() {
    // Python: for k in d: d[k] *= 10  (via [v for v in d.values()])
    let mut d: HashMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    let refs = comp![v for v in d.values_mut() if *v > 1];
    for v in refs {
        *v *= 10;
    }
    assert_eq!(d["a"], 1);
    assert_eq!(d["b"], 20);
}

#[test]
fn chars_filter() {
    // Python: [c for c in s if c.isupper()]
    let s = "Hello World From Python";
    let caps = comp![c for c in s.chars() if c.is_uppercase()];
    assert_eq!(caps, vec!['H', 'W', 'F', 'P']);
}

#[test]
fn bytes_checksum() {
    // Python: sum(b for b in data.encode() if b != 32)
    let data = "ab c";
    let total: u32 = comp!((b as u32 for b in data.bytes() if b != b' ')).sum();
    assert_eq!(total, 97 + 98 + 99);
}

#[test]
fn lines_parse_fields() {
    // Python: [line.split(",")[1] for line in text.splitlines() if line and not line.startswith("#")]
    let text = "# header\nann,34\n\nbob,17\n";
    let ages = comp![line.split(',').nth(1).unwrap() for line in text.lines() if !line.is_empty() && !line.starts_with('#')];
    assert_eq!(ages, vec!["34", "17"]);
}

#[test]
fn windows_pairwise_diff() {
    // Python: [b - a for a, b in zip(xs, xs[1:])]
    let xs = [1, 4, 9, 16];
    let diffs = comp![w[1] - w[0] for w in xs.windows(2)];
    assert_eq!(diffs, vec![3, 5, 7]);
}

#[test]
fn windows_slice_pattern() {
    // Python: [(a, b) for a, b in zip(xs, xs[1:]) if a > b]
    let xs = [3, 1, 4, 1, 5];
    let drops = comp![(*a, *b) for [a, b] in xs.windows(2).map(|w| [&w[0], &w[1]]) if a > b];
    assert_eq!(drops, vec![(3, 1), (4, 1)]);
}

#[test]
fn chunks_sums() {
    // Python: [sum(xs[i:i+3]) for i in range(0, len(xs), 3)]
    let xs = [1, 2, 3, 4, 5, 6, 7];
    let sums = comp![c.iter().sum::<i32>() for c in xs.chunks(3)];
    assert_eq!(sums, vec![6, 15, 7]);
}

#[test]
fn zip_enumerate_nested_pattern() {
    // Python: [i for i, (a, b) in enumerate(zip(xs, ys)) if a != b]
    let xs = [1, 2, 3, 4];
    let ys = [1, 0, 3, 0];
    let idx = comp![i for (i, (a, b)) in xs.iter().zip(ys.iter()).enumerate() if a != b];
    assert_eq!(idx, vec![1, 3]);
}

#[test]
fn zip_tuple_owned() {
    // Python: [f"{n}: {s}" for n, s in zip(names, scores)]
    let names = vec!["ann".to_string(), "bob".to_string()];
    let scores = vec![90, 75];
    let v = comp![format!("{n}: {s}") for (n, s) in names.iter().zip(&scores)];
    assert_eq!(v, vec!["ann: 90", "bob: 75"]);
}

#[test]
fn if_let_some_from_get() {
    // Python: [prices[k] for k in wanted if k in prices]
    let prices: HashMap<&str, u32> = [("a", 1), ("b", 2)].into_iter().collect();
    let wanted = ["a", "z", "b"];
    let v = comp![*p for k in &wanted if let Some(p) = prices.get(k)];
    assert_eq!(v, vec![1, 2]);
}

#[test]
fn nested_option_pattern() {
    // Python: [x for x in xs if x is not None]
    let xs = vec![Some(1), None, Some(3)];
    // (own slip: `for Some(x) in ..` is refutable, as in a hand loop; rustc said
    // "error[E0005]: refutable pattern in closure argument", where a hand-written
    // `for` says "refutable pattern in `for` loop binding")
    let v = comp![x for o in xs.iter().copied() if let Some(x) = o];
    assert_eq!(v, vec![1, 3]);
}

// Python: def first_words(lines): return [l.split()[0] for l in lines if l.strip()]
fn first_words<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    comp![l.split_whitespace().next().unwrap() for l in lines if !l.trim().is_empty()]
}

#[test]
fn refs_into_inner_strs() {
    // Python: [l.split()[0] for l in lines if l.strip()]
    let owned = String::from("alpha beta\n   \ngamma");
    let lines: Vec<&str> = owned.lines().collect();
    assert_eq!(first_words(&lines), vec!["alpha", "gamma"]);
}

#[test]
fn split_temporary_lowercase() {
    // Python: len([w for w in line.lower().split(",") if w == "x"])
    let line = "X,y,x,Z";
    let n = comp![w for w in line.to_lowercase().split(',') if w == "x"].len();
    assert_eq!(n, 2);
}

#[test]
fn nested_loops_over_borrowed_matrix() {
    // Python: [x for row in grid for x in row if x % 2 == 0]
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let evens = comp![*x for row in &grid for x in row if x % 2 == 0];
    assert_eq!(evens, vec![2, 4, 6]);
}

#[test]
fn transpose_with_index() {
    // Python: [[row[i] for row in m] for i in range(len(m[0]))]
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = comp![[row[i] for row in &m] for i in 0..m[0].len()];
    assert_eq!(t, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
}

#[test]
fn lazy_chars_inner_loop_over_vec_string() {
    // Python: "".join(c for w in words for c in w if c.isalpha())
    let words = vec!["a1".to_string(), "b-c".to_string()];
    let s: String = comp!((c for w in &words for c in w.chars() if c.is_alphabetic())).collect();
    assert_eq!(s, "abc");
}

// ---------------------------------------------------------------------------
// 3. inside closures and other expressions

fn mean(xs: Vec<f64>) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn total_len(it: impl Iterator<Item = usize>) -> usize {
    it.sum()
}

#[test]
fn as_function_argument() {
    // Python: mean([r.score for r in rows if r.valid])
    let rows = [(1.0, true), (5.0, false), (3.0, true)];
    let m = mean(comp![s for (s, ok) in rows if ok]);
    assert_eq!(m, 2.0);
}

#[test]
fn lazy_passed_to_impl_iterator_param() {
    // Python: total_len(len(w) for w in words)
    let words = ["ab", "cde", "f"];
    assert_eq!(total_len(comp!((w.len() for w in words))), 6);
}

#[test]
fn inside_closure_map() {
    // Python: list(map(lambda row: [c * 2 for c in row], rows))
    let rows = vec![vec![1, 2], vec![3]];
    let doubled: Vec<Vec<i32>> = rows.iter().map(|row| comp![c * 2 for c in row]).collect();
    assert_eq!(doubled, vec![vec![2, 4], vec![6]]);
}

#[test]
fn closure_returning_comprehension() {
    // Python: evens_upto = lambda n: [i for i in range(n) if i % 2 == 0]
    let evens_upto = |n: u32| comp![i for i in 0..n if i % 2 == 0];
    assert_eq!(evens_upto(7), vec![0, 2, 4, 6]);
}

#[test]
fn closure_capturing_outer_used_in_comprehension() {
    // Python: scale = lambda xs: [x * factor for x in xs]
    let factor = 3;
    let scale = |xs: &[i32]| comp![x * factor for x in xs];
    assert_eq!(scale(&[1, 2]), vec![3, 6]);
}

#[test]
fn in_match_arm_with_conditional() {
    // Python: out = [x if x > 0 else 0 for x in xs] if mode == "clip" else [abs(x) for x in xs]
    let xs = [-2, 3, -1];
    let f = |mode: &str| match mode {
        "clip" => comp![x if x > 0 else 0 for x in xs],
        _ => comp![(x as i32).abs() for x in xs],
    };
    assert_eq!(f("clip"), vec![0, 3, 0]);
    assert_eq!(f("abs"), vec![2, 3, 1]);
}

#[test]
fn inside_format() {
    // Python: f"ids: {[u for u in ids if u > 1]}"
    let ids = [1, 2, 3];
    let s = format!("ids: {:?}", comp![u for u in ids if u > 1]);
    assert_eq!(s, "ids: [2, 3]");
}

#[test]
fn inside_assert_eq() {
    // Python: assert [x ** 2 for x in range(4)] == [0, 1, 4, 9]
    assert_eq!(comp![x * x for x in 0..4], vec![0, 1, 4, 9]);
}

#[test]
fn let_with_annotation_string() {
    // Python: names: list[str] = [n.strip() for n in raw]
    let raw = [" a ", "b  "];
    let names: Vec<String> = comp![n.trim().to_string() for n in raw];
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn let_with_annotation_u64_from_literal() {
    // Python: sizes: list[int] = [2 ** i for i in range(5)]
    let sizes: Vec<u64> = comp![1 << i for i in 0..5];
    assert_eq!(sizes, vec![1u64, 2, 4, 8, 16]);
}

#[test]
fn lazy_max() {
    // Python: max(len(l) for l in lines)
    let lines = ["a", "abcd", "ab"];
    assert_eq!(comp!((l.len() for l in lines)).max(), Some(4));
}

#[test]
fn lazy_count() {
    // Python: sum(1 for x in xs if x < 0)
    let xs = [-1, 2, -3, 4, -5];
    assert_eq!(comp!((x for x in xs if x < 0)).count(), 3);
}

#[test]
fn lazy_collect_string() {
    // Python: "".join(c.upper() for c in s if c.isalpha())
    let s = "a1b2-c";
    let out =
        comp!((c.to_ascii_uppercase() for c in s.chars() if c.is_alphabetic())).collect::<String>();
    assert_eq!(out, "ABC");
}

#[test]
fn lazy_rev() {
    // Python: list(reversed([x * 10 for x in xs]))
    let xs = vec![1, 2, 3];
    let v: Vec<i32> = comp!((x * 10 for x in &xs)).rev().collect();
    assert_eq!(v, vec![30, 20, 10]);
}

#[test]
fn lazy_any_all() {
    // Python: any(x > 5 for x in xs), all(x > 0 for x in xs)
    let xs = [1, 7, 3];
    assert!(comp!((x > 5 for x in xs)).any(|b| b));
    assert!(comp!((x > 0 for x in xs)).all(|b| b));
}

#[test]
fn lazy_min_by_key_tuple() {
    // Python: min((d, name) for name, d in dists.items())
    let dists = vec![("a", 5), ("b", 2), ("c", 9)];
    let best = comp!(((d, name) for (name, d) in &dists)).min();
    assert_eq!(best, Some((&2, &"b")));
}

// Python: def squares(xs): return (x * x for x in xs)
fn squares(xs: &[i64]) -> impl Iterator<Item = i64> + '_ {
    comp!((x * x for x in xs))
}

#[test]
fn return_lazy_borrowing_arg() {
    // Python: return (x * x for x in xs)
    let v = vec![1, 2, 3];
    assert_eq!(squares(&v).collect::<Vec<_>>(), vec![1, 4, 9]);
}

// Python: def scaled(xs, k): return (x * k for x in xs)
fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!(move (x * k for x in xs))
}

#[test]
fn return_lazy_move() {
    // Python: return (x * k for x in xs)
    assert_eq!(scaled(vec![1, 2], 5).collect::<Vec<_>>(), vec![5, 10]);
}

#[test]
fn sum_of_inner_generator_per_row() {
    // Python: [sum(x for x in row if x > 0) for row in m]
    let m = vec![vec![1, -2, 3], vec![-1, -1]];
    let v = comp![(x for x in row if *x > 0).sum::<i32>() for row in &m];
    assert_eq!(v, vec![4, 0]);
}

#[test]
fn iterator_sum_call_form() {
    // Python: [sum(x * y for y in range(x)) for x in xs]
    let xs = [1, 2, 3];
    let v: Vec<i32> = comp![Iterator::sum(x * y for y in 0..x) for x in xs];
    assert_eq!(v, vec![0, 2, 9]);
}

#[test]
fn sorted_with_key_over_comprehension() {
    // Python: sorted([w.lower() for w in words], key=len)
    let words = ["Bbb", "A", "cC"];
    let mut v = comp![w.to_lowercase() for w in words];
    v.sort_by_key(|w| w.len());
    assert_eq!(v, vec!["a", "cc", "bbb"]);
}

#[test]
fn comprehension_in_if_condition() {
    // Python: if len([e for e in errors if e.fatal]) > 0: ...
    let errors = [(false, "w"), (true, "boom")];
    let msg = if !comp![m for (fatal, m) in errors if fatal].is_empty() {
        "abort"
    } else {
        "ok"
    };
    assert_eq!(msg, "abort");
}

#[test]
fn comprehension_as_struct_field() {
    // Python: Report(lines=[f"{k}:{v}" for k, v in stats])
    struct Report {
        lines: Vec<String>,
    }
    let stats = [("a", 1), ("b", 2)];
    let r = Report {
        lines: comp![format!("{k}:{v}") for (k, v) in stats],
    };
    assert_eq!(r.lines, vec!["a:1", "b:2"]);
}

// ---------------------------------------------------------------------------
// 4. dict and set comprehensions from data processing

#[test]
fn invert_dict() {
    // Python: {v: k for k, v in d.items()}
    let d: HashMap<&str, u32> = [("a", 1), ("b", 2)].into_iter().collect();
    let inv = comp!({v: k for (k, v) in &d});
    let mut want = HashMap::new();
    want.insert(&1u32, &"a");
    want.insert(&2u32, &"b");
    assert_eq!(inv, want);
}

#[test]
fn invert_dict_owned_values() {
    // Python: {v: k for k, v in d.items()}
    let d: HashMap<String, u32> = [("a".to_string(), 1), ("b".to_string(), 2)]
        .into_iter()
        .collect();
    let inv: HashMap<u32, String> = comp!({*v: k.clone() for (k, v) in &d});
    assert_eq!(inv[&1], "a");
    assert_eq!(inv[&2], "b");
}

#[test]
fn filter_truthy_values() {
    // Python: {k: v for k, v in d.items() if v}
    let d = vec![("a", ""), ("b", "x"), ("c", "yz")];
    let m = comp!({k: v for (k, v) in d if !v.is_empty()});
    assert_eq!(m.len(), 2);
    assert_eq!(m["b"], "x");
    assert_eq!(m["c"], "yz");
}

#[test]
fn filter_option_values() {
    // Python: {k: v for k, v in params.items() if v is not None}
    let params: HashMap<&str, Option<i32>> = [("a", Some(1)), ("b", None), ("c", Some(0))]
        .into_iter()
        .collect();
    let m = comp!({*k: *v for (k, v) in &params if let Some(v) = v});
    let want: HashMap<&str, i32> = [("a", 1), ("c", 0)].into_iter().collect();
    assert_eq!(m, want);
}

#[test]
fn counting_with_count_method() {
    // Python: {w: words.count(w) for w in set(words)}
    let words = ["a", "b", "a", "c", "a", "b"];
    let counts =
        comp!({w: words.iter().filter(|x| **x == w).count() for w in comp!({w for w in words})});
    let mut want = HashMap::new();
    for w in words {
        *want.entry(w).or_insert(0) += 1;
    }
    assert_eq!(counts, want);
}

#[test]
fn grouping_by_first_letter() {
    // Python: {k: [w for w in words if w[0] == k] for k in {w[0] for w in words}}
    let words = ["apple", "avocado", "banana", "cherry", "blue"];
    let groups = comp!({k: [w for w in words if w.starts_with(k)] for k in {w.chars().next().unwrap() for w in words}});
    assert_eq!(groups.len(), 3);
    assert_eq!(groups[&'a'], vec!["apple", "avocado"]);
    assert_eq!(groups[&'b'], vec!["banana", "blue"]);
    assert_eq!(groups[&'c'], vec!["cherry"]);
}

#[test]
fn keys_str_vs_string() {
    // Python: {name.lower(): age for name, age in rows}
    let rows = vec![("Ann", 3), ("BOB", 4)];
    let m = comp!({name.to_lowercase(): age for (name, age) in &rows});
    assert_eq!(m.get("ann"), Some(&&3));
    assert_eq!(m["bob"], &4);
}

#[test]
fn keys_string_annotation_with_str_elements() {
    // Python: index: dict[str, int] = {w: i for i, w in enumerate(words)}
    let words = ["x", "y"];
    let index: HashMap<String, usize> =
        comp!({w.to_string(): i for (i, w) in words.iter().enumerate()});
    assert_eq!(index["y"], 1);
}

#[test]
fn btreemap_target_via_annotation() {
    // Python: dict(sorted({k: len(k) for k in keys}.items()))
    let keys = ["bb", "a", "ccc"];
    // (own slip, docs say a dict display is a HashMap: `let m: BTreeMap<&str, usize> =
    // comp!({k: k.len() for k in keys})` -> "error[E0308]: mismatched types ... expected
    // `BTreeMap<&str, usize>`, found `HashMap<&str, usize>`", a clear message)
    let m: BTreeMap<&str, usize> = comp!(((k, k.len()) for k in keys)).collect();
    assert_eq!(
        m.into_iter().collect::<Vec<_>>(),
        vec![("a", 1), ("bb", 2), ("ccc", 3)]
    );
}

#[test]
fn btreeset_via_lazy_collect() {
    // Python: sorted({x % 5 for x in xs})
    let xs = [7, 12, 3, 8, 22];
    let s: BTreeSet<i32> = comp!((x % 5 for x in xs)).collect();
    assert_eq!(s.into_iter().collect::<Vec<_>>(), vec![2, 3]);
}

#[test]
fn btreemap_via_lazy_collect() {
    // Python: dict(sorted((w, len(w)) for w in words))
    let words = ["zeta", "alpha"];
    let m: BTreeMap<_, _> = comp!(((w, w.len()) for w in words)).collect();
    assert_eq!(m.keys().copied().collect::<Vec<_>>(), vec!["alpha", "zeta"]);
}

#[test]
fn nested_dict_comprehension() {
    // Python: {k: {i: j for i, j in enumerate(v)} for k, v in d.items()}
    let d = vec![("a", vec![10, 20]), ("b", vec![30])];
    let m = comp!({k: {i: *j for (i, j) in v.iter().enumerate()} for (k, v) in &d});
    assert_eq!(m[&"a"][&1], 20);
    assert_eq!(m[&"b"].len(), 1);
    assert_eq!(m[&"b"][&0], 30);
}

#[test]
fn dict_of_sets() {
    // Python: {user: {r for r in roles if r.startswith("admin")} for user, roles in data}
    let data = vec![("ann", vec!["admin:db", "user"]), ("bob", vec!["user"])];
    let m = comp!({user: {*r for r in roles if r.starts_with("admin")} for (user, roles) in &data});
    assert_eq!(m[&"ann"], HashSet::from(["admin:db"]));
    assert!(m[&"bob"].is_empty());
}

#[test]
fn set_of_extensions() {
    // Python: {p.rsplit(".", 1)[-1].lower() for p in paths if "." in p}
    let paths = ["a.TXT", "b.rs", "Makefile", "c.txt"];
    let exts =
        comp!({p.rsplit('.').next().unwrap().to_lowercase() for p in paths if p.contains('.')});
    assert_eq!(exts, HashSet::from(["txt".to_string(), "rs".to_string()]));
}

#[test]
fn set_difference_style() {
    // Python: {u for u in seen if u not in banned}
    let seen = ["a", "b", "c"];
    let banned: HashSet<&str> = HashSet::from(["b"]);
    let ok = comp!({u for u in seen if !banned.contains(u)});
    assert_eq!(ok, HashSet::from(["a", "c"]));
}

#[test]
fn dict_from_zip() {
    // Python: {h: v for h, v in zip(header, row)}
    let header = ["id", "name"];
    let row = vec!["7".to_string(), "ann".to_string()];
    let rec = comp!({*h: v.as_str() for (h, v) in header.iter().zip(&row)});
    assert_eq!(rec["id"], "7");
    assert_eq!(rec["name"], "ann");
}

#[test]
fn list_of_dicts_from_csv() {
    // Python: [{h: v for h, v in zip(header, line.split(","))} for line in lines[1:]]
    let text = "id,name\n1,ann\n2,bob";
    let lines: Vec<&str> = text.lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let recs =
        comp![{*h: v for (h, v) in header.iter().zip(line.split(','))} for line in &lines[1..]];
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["name"], "bob");
    assert_eq!(recs[0]["id"], "1");
}

#[test]
fn dict_sum_per_key() {
    // Python: {k: sum(vs) for k, vs in groups.items()}
    let groups: HashMap<&str, Vec<u32>> = [("a", vec![1, 2]), ("b", vec![])].into_iter().collect();
    let sums = comp!({*k: vs.iter().sum::<u32>() for (k, vs) in &groups});
    assert_eq!(sums["a"], 3);
    assert_eq!(sums["b"], 0);
}

#[test]
fn dict_last_duplicate_wins() {
    // Python: {r["id"]: r["v"] for r in rows}
    let rows = [(1, "old"), (2, "x"), (1, "new")];
    let m = comp!({id: v for (id, v) in rows});
    assert_eq!(m[&1], "new");
}

#[test]
fn dict_with_conditional_value() {
    // Python: {name: "adult" if age >= 18 else "minor" for name, age in people}
    let people = [("ann", 34), ("bob", 17)];
    let m = comp!({name: "adult" if age >= 18 else "minor" for (name, age) in people});
    assert_eq!(m["ann"], "adult");
    assert_eq!(m["bob"], "minor");
}

#[test]
fn set_of_tuples_pairs() {
    // Python: {(min(a, b), max(a, b)) for a, b in edges}
    let edges = [(1, 2), (2, 1), (3, 1)];
    let s = comp!({(a.min(b), a.max(b)) for (a, b) in edges});
    assert_eq!(s, HashSet::from([(1, 2), (1, 3)]));
}

// ---------------------------------------------------------------------------
// 5. async (asyncio) code

async fn fetch(u: &str) -> String {
    sleep(Duration::from_millis(100)).await;
    format!("<{u}>")
}

async fn double(x: i32) -> i32 {
    sleep(Duration::from_millis(10)).await;
    x * 2
}

async fn is_valid(x: i32) -> bool {
    sleep(Duration::from_millis(1)).await;
    x % 3 != 0
}

struct Client {
    base: String,
}

impl Client {
    async fn get(&self, path: &str) -> Result<String, String> {
        sleep(Duration::from_millis(50)).await;
        if path.starts_with("bad") {
            Err(format!("404 {path}"))
        } else {
            Ok(format!("{}/{path}", self.base))
        }
    }

    // Python: return [await self.get(p) for p in paths]
    async fn get_all(&self, paths: &[&str]) -> Result<Vec<String>, String> {
        acomp![self.get(p).await? for p in paths; concurrency = 4]
    }
}

#[tokio::test(start_paused = true)]
async fn prefix_await_sequential() {
    // Python: [await double(x) for x in xs]
    let xs = vec![1, 2, 3];
    let t = Instant::now();
    let v = acomp![await double(x) for x in xs];
    assert_eq!(v, vec![2, 4, 6]);
    assert_eq!(t.elapsed(), Duration::from_millis(30));
}

#[tokio::test]
async fn async_for_over_stream() {
    // Python: [x async for x in aiter if x > 1]
    let s = stream::iter(vec![1, 2, 3]);
    let v = acomp![x async for x in s if x > 1];
    assert_eq!(v, vec![2, 3]);
}

#[tokio::test]
async fn async_for_over_mut_stream() {
    // Python: first = [x async for x in aiter if x < 3]  (aiter reused later)
    let mut s = stream::iter(1..=5);
    let v = acomp![x async for x in &mut s if x < 3];
    assert_eq!(v, vec![1, 2]);
    assert_eq!(s.next().await, None);
}

#[tokio::test(start_paused = true)]
async fn concurrency_with_borrowed_urls() {
    // Python: await asyncio.gather(*[fetch(u) for u in urls])
    let urls = vec![
        "a".to_string(),
        "b".to_string(),
        "c".to_string(),
        "d".to_string(),
    ];
    let t = Instant::now();
    let pages = acomp![fetch(u).await for u in &urls; concurrency = 2];
    assert_eq!(pages, vec!["<a>", "<b>", "<c>", "<d>"]);
    assert_eq!(t.elapsed(), Duration::from_millis(200));
    assert_eq!(urls.len(), 4);
}

#[tokio::test(start_paused = true)]
async fn concurrency_shared_client_result_question() {
    // Python: pages = await asyncio.gather(*[client.get(p) for p in paths])
    let client = Client {
        base: "http://h".to_string(),
    };
    let t = Instant::now();
    let ok = client.get_all(&["x", "y", "z"]).await;
    assert_eq!(
        ok,
        Ok(vec![
            "http://h/x".to_string(),
            "http://h/y".to_string(),
            "http://h/z".to_string()
        ])
    );
    assert_eq!(t.elapsed(), Duration::from_millis(50));
    let err = client.get_all(&["x", "bad1", "z"]).await;
    assert_eq!(err, Err("404 bad1".to_string()));
}

// Python: async def load(client, paths): return [await client.get(p) for p in paths]
async fn load(client: &Client, paths: &[&str]) -> Result<Vec<String>, String> {
    // (own slip: `Ok(pages)` without `?`; the comprehension is itself a Result (ref 7);
    // rustc: "error[E0308]: mismatched types" with help "Ok(pages?)", clear)
    let pages = acomp![client.get(p).await? for p in paths];
    Ok(pages?)
}

#[tokio::test(start_paused = true)]
async fn question_mark_in_async_fn_tail() {
    // Python: [await client.get(p) for p in paths]
    let c = Client { base: "b".into() };
    assert_eq!(load(&c, &["p"]).await, Ok(vec!["b/p".to_string()]));
    assert!(load(&c, &["p", "bad"]).await.is_err());
}

#[tokio::test(start_paused = true)]
async fn await_in_condition() {
    // Python: [x for x in xs if await is_valid(x)]
    let xs = 1..=6;
    let v = acomp![x for x in xs if is_valid(x).await];
    assert_eq!(v, vec![1, 2, 4, 5]);
}

#[tokio::test(start_paused = true)]
async fn await_inside_element_tuple() {
    // Python: [(x, await double(x)) for x in xs]
    let xs = [1, 5];
    let v = acomp![(x, await double(x)) for x in xs];
    assert_eq!(v, vec![(1, 2), (5, 10)]);
}

#[tokio::test(start_paused = true)]
async fn walrus_with_await() {
    // Python: [y for x in xs if (y := await double(x)) > 4]
    let xs = vec![1, 2, 3, 4];
    let v = acomp![y for x in xs if (y := await double(x)) > 4];
    assert_eq!(v, vec![6, 8]);
}

#[tokio::test(start_paused = true)]
async fn lazy_async_with_stream_ext() {
    // Python: async for page in (await fetch(u) for u in urls): ...
    let urls = ["a", "b"];
    let mut s = acomp!((fetch(u).await for u in urls));
    let mut got = vec![];
    while let Some(p) = s.next().await {
        got.push(p);
    }
    assert_eq!(got, vec!["<a>", "<b>"]);
}

#[tokio::test(start_paused = true)]
async fn lazy_async_concurrency_collect() {
    // Python: await asyncio.gather(*(double(x) for x in range(6)))
    let t = Instant::now();
    let v: Vec<i32> = acomp!((double(x).await for x in 0..6); concurrency = 3)
        .collect()
        .await;
    assert_eq!(v, vec![0, 2, 4, 6, 8, 10]);
    assert_eq!(t.elapsed(), Duration::from_millis(20));
}

#[tokio::test(start_paused = true)]
async fn async_dict_with_concurrency() {
    // Python: {u: await fetch(u) for u in urls}
    let urls = vec!["x", "y", "z"];
    let t = Instant::now();
    let m = acomp!({*u: fetch(u).await for u in &urls; concurrency = 10});
    assert_eq!(m.len(), 3);
    assert_eq!(m["y"], "<y>");
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn async_set() {
    // Python: {await double(x) % 4 for x in xs}
    let xs = [1, 2, 3, 4];
    let s = acomp!({await double(x) % 4 for x in xs});
    assert_eq!(s, HashSet::from([2, 0]));
}

#[tokio::test(start_paused = true)]
async fn unordered_completion_order() {
    // Python: [await t for t in asyncio.as_completed([slow(d) for d in delays])]
    async fn slow(d: u64) -> u64 {
        sleep(Duration::from_millis(d)).await;
        d
    }
    let delays = [30, 10, 20];
    let v = acomp![slow(d).await for d in delays; concurrency = 3, unordered];
    assert_eq!(v, vec![10, 20, 30]);
}

#[tokio::test(start_paused = true)]
async fn nested_async_for_flatten() {
    // Python: [i async for s in streams async for i in s]
    let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
    let v = acomp![i async for s in streams async for i in s];
    assert_eq!(v, vec![1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn conditional_with_await_in_branch() {
    // Python: [await double(x) if x > 0 else 0 for x in xs]
    let xs = [-1, 2, 3];
    let t = Instant::now();
    let v = acomp![await double(x) if x > 0 else 0 for x in xs];
    assert_eq!(v, vec![0, 4, 6]);
    assert_eq!(t.elapsed(), Duration::from_millis(20));
}

#[tokio::test(start_paused = true)]
async fn if_let_ok_skip_failures_concurrent() {
    // Python: [r for p in paths if not isinstance(r := await get(p), Exception)]
    let client = Client { base: "h".into() };
    let paths = ["a", "bad", "c"];
    let v = acomp![page for p in paths if let Ok(page) = client.get(p).await; concurrency = 3];
    assert_eq!(v, vec!["h/a", "h/c"]);
}

#[tokio::test(start_paused = true)]
async fn async_in_method_over_self_fields() {
    // Python: return {k: await self.get(k) for k in self.keys}
    struct Svc {
        client: Client,
        keys: Vec<String>,
    }
    impl Svc {
        async fn warm(&self) -> HashMap<&str, String> {
            acomp!({k.as_str(): self.client.get(k).await.unwrap() for k in &self.keys; concurrency = 2})
        }
    }
    let svc = Svc {
        client: Client { base: "c".into() },
        keys: vec!["k1".into(), "k2".into()],
    };
    let m = svc.warm().await;
    assert_eq!(m["k2"], "c/k2");
}

#[tokio::test(start_paused = true)]
async fn nested_for_with_concurrency_outer_var() {
    // Python: [await fetch(f"{h}/{p}") for h in hosts for p in paths]
    let hosts = vec!["h1".to_string(), "h2".to_string()];
    let paths = ["a", "b"];
    let t = Instant::now();
    let v =
        acomp![fetch(&format!("{h}/{p}")).await for h in &hosts for p in paths; concurrency = 4];
    assert_eq!(v, vec!["<h1/a>", "<h1/b>", "<h2/a>", "<h2/b>"]);
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

// ---------------------------------------------------------------------------
// 6. conditional expressions, walrus, multiple clauses, let clauses

#[test]
fn conditional_inside_tuple_and_chained() {
    // Python: [(x, "neg" if x < 0 else "zero" if x == 0 else "pos") for x in xs]
    let xs = [-1, 0, 2];
    let v = comp![(x, "neg" if x < 0 else "zero" if x == 0 else "pos") for x in xs];
    assert_eq!(v, vec![(-1, "neg"), (0, "zero"), (2, "pos")]);
}

#[test]
fn conditional_as_dict_key() {
    // Python: {k.lower() if fold else k: v for k, v in pairs}
    let pairs = [("A", 1), ("b", 2)];
    let fold = true;
    let m = comp!({k.to_lowercase() if fold else k.to_string(): v for (k, v) in pairs});
    assert_eq!(m["a"], 1);
    assert_eq!(m["b"], 2);
}

#[test]
fn conditional_in_dict_value_tuple() {
    // Python: {k: (v if v > 0 else 0, "ok" if v > 0 else "clamped") for k, v in d}
    let d = [("a", 5), ("b", -3)];
    let m = comp!({k: (v if v > 0 else 0, "ok" if v > 0 else "clamped") for (k, v) in d});
    assert_eq!(m["a"], (5, "ok"));
    assert_eq!(m["b"], (0, "clamped"));
}

#[test]
fn conditional_in_filter() {
    // Python: [x for x in xs if (x if keep_pos else -x) > 0]
    let xs = [-2, 1, 3];
    let keep_pos = false;
    let v = comp![x for x in xs if (x if keep_pos else -x) > 0];
    assert_eq!(v, vec![-2]);
}

#[test]
fn conditional_in_iterable() {
    // Python: [x * 2 for x in (asc if up else desc)]
    let asc = vec![1, 2, 3];
    let desc = vec![3, 2, 1];
    let up = false;
    let v = comp![x * 2 for x in (&asc if up else &desc)];
    assert_eq!(v, vec![6, 4, 2]);
}

#[test]
fn conditional_in_let_clause() {
    // Python: [y * 10 for x in xs for y in [x if x % 2 else x // 2]]
    let xs = [1, 4, 5, 6];
    let v = comp![y * 10 for x in xs let y = x if x % 2 == 1 else x / 2];
    assert_eq!(v, vec![10, 20, 50, 30]);
}

#[test]
fn conditional_in_closure_body() {
    // Python: [list(map(lambda v: v if v > 0 else 0, row)) for row in m]
    let m = vec![vec![1, -1], vec![-5, 7]];
    let v = comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &m];
    assert_eq!(v, vec![vec![1, 0], vec![0, 7]]);
}

#[test]
fn conditional_in_method_argument() {
    // Python: [s * (2 if big else 1) for s, big in items]
    let items = [("ab", true), ("c", false)];
    let v = comp![s.repeat(2 if big else 1) for (s, big) in items];
    assert_eq!(v, vec!["abab", "c"]);
}

#[test]
fn conditional_in_format_args() {
    // Python: [f"{n} item{'' if n == 1 else 's'}" for n in counts]
    let counts = [1, 3];
    let v = comp![format!("{n} item{}", "" if n == 1 else "s") for n in counts];
    assert_eq!(v, vec!["1 item", "3 items"]);
}

#[test]
fn conditional_with_chained_comparison() {
    // Python: [x if 0 <= x < 10 else -1 for x in xs]
    let xs = [-5, 0, 9, 10];
    let v = comp![x if 0 <= x < 10 else -1 for x in xs];
    assert_eq!(v, vec![-1, 0, 9, -1]);
}

#[test]
fn identity_matrix_nested_conditional() {
    // Python: [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    let n = 3;
    let m = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    assert_eq!(m, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);
}

#[test]
fn conditional_result_method_call() {
    // Python: [(a if len(a) > len(b) else b).upper() for a, b in pairs]
    let pairs = [("abc", "x"), ("y", "zz")];
    let v = comp![(a if a.len() > b.len() else b).to_uppercase() for (a, b) in pairs];
    assert_eq!(v, vec!["ABC", "ZZ"]);
}

#[test]
fn conditional_with_casts() {
    // Python: [x / 2 if x > 0 else 0.0 for x in xs]
    let xs = [4, -1];
    let v = comp![x as f64 / 2.0 if x > 0 else 0.0 for x in xs];
    assert_eq!(v, vec![2.0, 0.0]);
}

#[test]
fn conditional_with_question_mark() {
    // Python: [int(s) if s else 0 for s in fields]
    fn parse(fields: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
        comp![s.parse::<i32>()? if !s.is_empty() else 0 for s in fields]
    }
    assert_eq!(parse(&["1", "", "3"]), Ok(vec![1, 0, 3]));
    assert!(parse(&["1", "x"]).is_err());
}

#[test]
fn walrus_in_filter_and_element() {
    // Python: [(name, n) for name in names if (n := len(name)) > 3]
    let names = ["ann", "bobby", "christine"];
    let v = comp![(name, n) for name in names if (n := name.len()) > 3];
    assert_eq!(v, vec![("bobby", 5), ("christine", 9)]);
}

#[test]
fn walrus_string_moved_into_element() {
    // Python: [y for s in raw if (y := s.strip())]
    let raw = ["  a ", "   ", "b"];
    let v = comp![y for s in raw if !(y := s.trim().to_string()).is_empty()];
    assert_eq!(v, vec!["a", "b"]);
}

#[test]
fn walrus_in_element_tuple() {
    // Python: [(y := x * x, y + 1) for x in xs]
    let xs = [2, 3];
    let v = comp![((y := x * x), y + 1) for x in xs];
    assert_eq!(v, vec![(4, 5), (9, 10)]);
}

#[test]
fn walrus_used_in_later_for_iterable() {
    // Python: [(w, i) for w in words if (n := len(w)) > 1 for i in range(n)]
    let words = ["a", "bc"];
    let v = comp![(w, i) for w in words if (n := w.len()) > 1 for i in 0..n];
    assert_eq!(v, vec![("bc", 0), ("bc", 1)]);
}

#[test]
fn walrus_in_dict_comprehension() {
    // Python: {k: v for k, raw in d if (v := raw.strip())}
    let d = [("a", " x "), ("b", "  ")];
    let m = comp!({k: v for (k, raw) in d if !(v := raw.trim()).is_empty()});
    assert_eq!(m.len(), 1);
    assert_eq!(m["a"], "x");
}

#[test]
fn multiple_for_and_if_clauses() {
    // Python: [(a, b, c) for a in range(1, 20) for b in range(a, 20) if a + b < 20 for c in range(b, 20) if a*a + b*b == c*c]
    let v = comp![(a, b, c) for a in 1..20 for b in a..20 if a + b < 20 for c in b..20 if a * a + b * b == c * c];
    let mut want = vec![];
    for a in 1..20 {
        for b in a..20 {
            if a + b < 20 {
                for c in b..20 {
                    if a * a + b * b == c * c {
                        want.push((a, b, c));
                    }
                }
            }
        }
    }
    assert_eq!(v, want);
    assert_eq!(v[0], (3, 4, 5));
}

#[test]
fn two_consecutive_ifs() {
    // Python: [x for x in range(30) if x % 2 == 0 if x % 3 == 0]
    let v = comp![x for x in 0..30 if x % 2 == 0 if x % 3 == 0];
    assert_eq!(v, vec![0, 6, 12, 18, 24]);
}

#[test]
fn let_clause_tuple_pattern() {
    // Python: [q * 10 + r for x in xs for q, r in [divmod(x, 3)]]
    let xs = [7, 9];
    let v = comp![q * 10 + r for x in xs let (q, r) = (x / 3, x % 3)];
    assert_eq!(v, vec![21, 30]);
}

#[test]
fn let_clause_typed_then_filter() {
    // Python: [r for s in rows for r in [float(s)] if r > 0.5]
    let rows = ["0.1", "0.9", "2"];
    let v = comp![r for s in rows let r: f64 = s.parse().unwrap() if r > 0.5];
    assert_eq!(v, vec![0.9, 2.0]);
}

#[test]
fn chained_comparison_in_dict_filter() {
    // Python: {name: score for name, score in rows if 50 <= score < 90}
    let rows = [("a", 49), ("b", 50), ("c", 89), ("d", 90)];
    let m = comp!({name: score for (name, score) in rows if 50 <= score < 90});
    assert_eq!(m.len(), 2);
    assert!(m.contains_key("b") && m.contains_key("c"));
}

#[test]
fn lazy_with_walrus_and_conditional() {
    // Python: sum(y if y > 10 else 0 for x in xs if (y := x * 3) % 2 == 0)
    let xs = [2, 4, 5, 6];
    let total: i32 = comp!((y if y > 10 else 0 for x in xs if (y := x * 3) % 2 == 0)).sum();
    assert_eq!(total, 12 + 18);
}

// ---------------------------------------------------------------------------
// 7. harder shapes: generics with inference, coercion, returned lazy nests

// Python: def as_floats(xs): return [float(x) for x in xs]
fn as_floats<I, T>(xs: I) -> Vec<f64>
where
    I: IntoIterator<Item = T>,
    T: Into<f64>,
{
    comp![x.into() for x in xs]
}

#[test]
fn generic_into_iterator_into_conversion() {
    // Python: [float(x) for x in xs]
    assert_eq!(as_floats(vec![1u8, 2]), vec![1.0, 2.0]);
    assert_eq!(as_floats([1.5f32]), vec![1.5]);
}

#[test]
fn element_into_from_annotation() {
    // Python: names: list[str] = [str(w) for w in words]
    let words = ["a", "b"];
    let v: Vec<String> = comp![w.into() for w in words];
    assert_eq!(v, vec!["a".to_string(), "b".to_string()]);
}

#[test]
fn unsized_coercion_to_box_dyn() {
    // Python: shapes = [Square(x) for x in sizes]
    let sizes = [1.0, 2.0];
    let shapes: Vec<Box<dyn Shape>> = comp![Box::new(Sq(x)) for x in sizes];
    let total: f64 = comp!((s.area() for s in &shapes)).sum();
    assert_eq!(total, 5.0);
}

#[test]
fn boxed_closures_list() {
    // Python: adders = [lambda y, x=x: y + x for x in range(3)]
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = comp![Box::new(move |y| y + x) for x in 0..3];
    let got = comp![f(10) for f in &adders];
    assert_eq!(got, vec![10, 11, 12]);
}

#[test]
fn move_closures_capture_not_late_bind() {
    // Python: [f() for f in [lambda: x for x in range(3)]]  (CPython gives [2, 2, 2])
    let fs = comp![move || x for x in 0..3];
    assert_eq!(comp![f() for f in &fs], vec![0, 1, 2]);
}

struct Catalog {
    items: Vec<Item>,
    words: Vec<String>,
    groups: HashMap<String, Vec<String>>,
}

impl Catalog {
    fn sample() -> Self {
        Catalog {
            items: Inventory::new().items,
            words: vec!["hi".into(), "yo".into()],
            groups: [("g".to_string(), vec!["a".to_string(), "b".to_string()])]
                .into_iter()
                .collect(),
        }
    }

    // Python: return (t for i in self.items for t in i.tags)
    fn all_tags(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((t.as_str() for i in &self.items for t in &i.tags))
    }

    // Python: return (c for w in self.words for c in w)
    fn all_chars(&self) -> impl Iterator<Item = char> + '_ {
        comp!((c for w in &self.words for c in w.chars()))
    }

    // Python: return [(g, m) for g, ms in self.groups.items() for m in ms]
    fn memberships(&self) -> Vec<(&str, &str)> {
        comp![(g.as_str(), m.as_str()) for (g, ms) in &self.groups for m in ms]
    }

    fn score(i: &Item) -> u32 {
        i.price * 2
    }

    // Python: return {i.name: self.score(i) for i in self.items if i.qty}
    fn scores(&self) -> HashMap<&str, u32> {
        comp!({i.name.as_str(): Self::score(i) for i in &self.items if i.qty > 0})
    }

    // Python: return [i for i in self.items if i.price > limit]  (mutable refs)
    fn pricey_mut(&mut self, limit: u32) -> Vec<&mut Item> {
        comp![i for i in &mut self.items if i.price > limit]
    }
}

#[test]
fn method_lazy_nested_returned() {
    // Python: return (t for i in self.items for t in i.tags)
    let c = Catalog::sample();
    let tags: Vec<&str> = c.all_tags().collect();
    assert_eq!(tags, vec!["fruit", "red", "fruit", "tool", "tool", "small"]);
}

#[test]
fn method_lazy_nested_chars_returned() {
    // Python: return (c for w in self.words for c in w)
    let c = Catalog::sample();
    assert_eq!(c.all_chars().collect::<String>(), "hiyo");
}

#[test]
fn method_nested_over_map_of_vecs() {
    // Python: [(g, m) for g, ms in self.groups.items() for m in ms]
    let c = Catalog::sample();
    assert_eq!(c.memberships(), vec![("g", "a"), ("g", "b")]);
}

#[test]
fn method_self_assoc_fn_in_dict() {
    // Python: {i.name: self.score(i) for i in self.items if i.qty}
    let c = Catalog::sample();
    let s = c.scores();
    assert_eq!(s.len(), 3);
    assert_eq!(s["hammer"], 50);
    assert!(!s.contains_key("pear"));
}

#[test]
fn method_returns_mut_refs() {
    // Python: for i in [i for i in self.items if i.price > limit]: i.price -= 1
    let mut c = Catalog::sample();
    for i in c.pricey_mut(3) {
        i.price -= 1;
    }
    let prices = comp![i.price for i in &c.items];
    assert_eq!(prices, vec![3, 3, 24, 1]);
}

// Python: def chars_of(words): return (c for w in words for c in w)
fn chars_of(words: Vec<String>) -> impl Iterator<Item = char> {
    comp!(move (c for w in words for c in w.chars()))
}

#[test]
fn move_lazy_flatten_owned_strings() {
    // Python: return (c for w in words for c in w)
    let s: String = chars_of(vec!["ab".into(), "c".into()]).collect();
    assert_eq!(s, "abc");
}

#[test]
fn lazy_question_collect_result() {
    // Python: try: xs = list(int(s) for s in raw) except ValueError: xs = None
    let raw = ["1", "2", "x", "4"];
    let r: Result<Vec<i32>, _> = comp!((s.parse::<i32>()? for s in raw)).collect();
    assert!(r.is_err());
    let ok: Result<Vec<i32>, _> = comp!((s.parse::<i32>()? for s in ["5", "6"])).collect();
    assert_eq!(ok, Ok(vec![5, 6]));
}

#[test]
fn option_question_mark() {
    // Python: [d[k] for k in keys]  (KeyError -> None)
    let d: HashMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    let all = comp![*d.get(k)? for k in ["a", "b"]];
    assert_eq!(all, Some(vec![1, 2]));
    let missing = comp![*d.get(k)? for k in ["a", "z"]];
    assert_eq!(missing, None);
}

#[test]
fn expected_result_set_type() {
    // Python: ids = {int(s) for s in raw}
    let raw = ["3", "1", "3"];
    let r: Result<HashSet<u8>, std::num::ParseIntError> = comp!({s.parse()? for s in raw});
    assert_eq!(r, Ok(HashSet::from([1, 3])));
}

#[test]
fn split_once_if_let_config() {
    // Python: {k.strip(): v.strip() for k, _, v in (l.partition("=") for l in text.splitlines()) if _}
    let text = "a = 1\n# c\nb=two\n";
    let cfg =
        comp!({k.trim(): v.trim() for l in text.lines() if let Some((k, v)) = l.split_once('=')});
    assert_eq!(cfg.len(), 2);
    assert_eq!(cfg["a"], "1");
    assert_eq!(cfg["b"], "two");
}

#[test]
fn nested_generator_as_iterable() {
    // Python: {k: v for k, v in (l.split("=") for l in lines)}
    let text = "x=1\ny=2";
    let m = comp!({k: v for (k, v) in (l.split_once('=').unwrap() for l in text.lines())});
    assert_eq!(m["y"], "2");
}

#[test]
fn enumerate_lines_one_based() {
    // Python: [f"{i}: {l}" for i, l in enumerate(text.splitlines(), 1) if l]
    let text = "a\n\nb";
    let v = comp![format!("{n}: {l}") for (i, l) in text.lines().enumerate() let n = i + 1 if !l.is_empty()];
    assert_eq!(v, vec!["1: a", "3: b"]);
}

#[test]
fn sorted_items_by_value() {
    // Python: [k for k, _ in sorted(d.items(), key=lambda kv: kv[1])]
    let d: HashMap<&str, i32> = [("a", 3), ("b", 1), ("c", 2)].into_iter().collect();
    let mut items: Vec<_> = d.iter().collect();
    items.sort_by_key(|kv| kv.1);
    let v = comp![*k for (k, _) in items];
    assert_eq!(v, vec!["b", "c", "a"]);
}

#[test]
fn element_is_match_block_and_rust_if() {
    // Python: [{0: "zero", 1: "one"}.get(x, "many") for x in xs]
    let xs = [0, 1, 5];
    let v = comp![match x { 0 => "zero", 1 => "one", _ => "many" } for x in xs];
    assert_eq!(v, vec!["zero", "one", "many"]);
    let w = comp![{ let t = x * 2; t + 1 } for x in xs];
    assert_eq!(w, vec![1, 3, 11]);
    let u = comp![if x > 0 { 1 } else { 0 } for x in xs];
    assert_eq!(u, vec![0, 1, 1]);
}

#[test]
fn comprehension_in_vec_macro_and_some() {
    // Python: [[x for x in a if x], [x for x in b if x]]
    let a = [0, 1];
    let b = [2, 0];
    let both = vec![comp![x for x in a if x != 0], comp![x for x in b if x != 0]];
    assert_eq!(both, vec![vec![1], vec![2]]);
    let o = Some(comp!((x for x in a)).sum::<i32>());
    assert_eq!(o, Some(1));
}

#[test]
fn for_loop_over_lazy_enumerate() {
    // Python: for i, y in enumerate(x * 2 for x in xs): ...
    let xs = [5, 6];
    let mut out = vec![];
    for (i, y) in comp!((x * 2 for x in xs)).enumerate() {
        out.push(i as i32 + y);
    }
    assert_eq!(out, vec![10, 13]);
}

#[test]
fn lazy_max_by_float() {
    // Python: max(r / n for r, n in stats)
    let stats = [(1.0, 2.0), (3.0, 4.0), (1.0, 4.0)];
    let best = comp!((r / n for (r, n) in stats)).fold(f64::MIN, f64::max);
    assert_eq!(best, 0.75);
    let best2 = comp!((r / n for (r, n) in stats)).max_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(best2, Some(0.75));
}

#[test]
fn lazy_take_and_peekable() {
    // Python: list(itertools.islice((x * x for x in count(1)), 3))
    let v: Vec<u64> = comp!((x * x for x in 1u64..)).take(3).collect();
    assert_eq!(v, vec![1, 4, 9]);
    let mut p = comp!((x for x in [1, 2])).peekable();
    assert_eq!(p.peek(), Some(&1));
}

// ---------------------------------------------------------------------------
// 8. harder async shapes

#[tokio::test(start_paused = true)]
async fn acomp_inside_closure_async_block() {
    // Python: run = lambda xs: asyncio.gather(*[double(x) for x in xs])
    let run = |xs: Vec<i32>| async move { acomp![double(x).await for x in xs; concurrency = 8] };
    let t = Instant::now();
    assert_eq!(run(vec![1, 2, 3]).await, vec![2, 4, 6]);
    assert_eq!(t.elapsed(), Duration::from_millis(10));
}

#[tokio::test(start_paused = true)]
async fn two_acomps_joined() {
    // Python: a, b = await asyncio.gather(fa(), fb())  (each a comprehension)
    let xs = [1, 2];
    let t = Instant::now();
    let (a, b) = tokio::join!(async { acomp![double(x).await for x in xs] }, async {
        acomp![fetch(u).await for u in ["p"]]
    },);
    assert_eq!(a, vec![2, 4]);
    assert_eq!(b, vec!["<p>"]);
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn acomp_under_timeout() {
    // Python: await asyncio.wait_for(gather(*[fetch(u) for u in urls]), 0.05)
    let urls = ["a", "b"];
    let r = tokio::time::timeout(Duration::from_millis(50), async {
        acomp![fetch(u).await for u in urls; concurrency = 2]
    })
    .await;
    assert!(r.is_err());
}

#[tokio::test(start_paused = true)]
async fn let_clause_with_await() {
    // Python: [len(body) for u in urls for body in [await fetch(u)] if body]
    let urls = ["a", "bcd"];
    let v = acomp![body.len() for u in urls let body = fetch(u).await if !body.is_empty()];
    assert_eq!(v, vec![3, 5]);
}

#[tokio::test(start_paused = true)]
async fn parenthesised_prefix_await_then_method() {
    // Python: [(await fetch(u)).upper() for u in urls]
    let urls = ["a"];
    let v = acomp![(await fetch(u)).to_uppercase() for u in urls];
    assert_eq!(v, vec!["<A>"]);
}

#[tokio::test(start_paused = true)]
async fn await_in_format_args() {
    // Python: [f"{u} -> {await fetch(u)}" for u in urls]
    let urls = ["a", "b"];
    let v = acomp![format!("{u} -> {}", await fetch(u)) for u in urls];
    assert_eq!(v, vec!["a -> <a>", "b -> <b>"]);
}

#[tokio::test]
async fn async_for_enumerate_tuple_pattern() {
    // Python: [(i, x) async for i, x in aenumerate(aiter) if i % 2 == 0]
    let s = stream::iter(["a", "b", "c"]);
    let v = acomp![(i, x) async for (i, x) in s.enumerate() if i % 2 == 0];
    assert_eq!(v, vec![(0, "a"), (2, "c")]);
}

#[tokio::test(start_paused = true)]
async fn async_for_over_then_stream_not_unpin() {
    // Python: [y async for y in (await double(x) async for x in aiter)]
    let s = stream::iter(vec![1, 2, 3]).then(double);
    let v = acomp![y + 1 async for y in s];
    assert_eq!(v, vec![3, 5, 7]);
}

#[tokio::test]
async fn lazy_acomp_filter_take() {
    // Python: [x async for x in (x * 3 async for x in aiter)][:2]
    let s = stream::iter(1..10);
    let v: Vec<i32> = acomp!((x * 3 async for x in s if x % 2 == 0))
        .take(2)
        .collect()
        .await;
    assert_eq!(v, vec![6, 12]);
}

#[tokio::test(start_paused = true)]
async fn walrus_await_question_in_async_fn() {
    // Python: [y for p in paths if len(y := await client.get(p)) > 4]
    async fn long_pages(c: &Client, paths: &[&str]) -> Result<Vec<String>, String> {
        acomp![y for p in paths if (y := c.get(p).await?).len() > 4]
    }
    let c = Client { base: "h".into() };
    assert_eq!(
        long_pages(&c, &["ab", "abcdef"]).await,
        Ok(vec!["h/abcdef".to_string()])
    );
    assert_eq!(
        long_pages(&c, &["ab", "bad"]).await,
        Err("404 bad".to_string())
    );
}

#[tokio::test(start_paused = true)]
async fn concurrency_from_variable_and_dict_question_tail() {
    // Python: {p: await client.get(p) for p in paths}  (limit = config.max_conn)
    async fn fetch_map<'a>(
        c: &Client,
        paths: &[&'a str],
        limit: usize,
    ) -> Result<HashMap<&'a str, String>, String> {
        acomp!({*p: c.get(p).await? for p in paths; concurrency = limit})
    }
    let c = Client { base: "h".into() };
    let t = Instant::now();
    let m = fetch_map(&c, &["a", "b", "c", "d"], 2).await.unwrap();
    assert_eq!(m.len(), 4);
    assert_eq!(m["c"], "h/c");
    assert_eq!(t.elapsed(), Duration::from_millis(100));
    assert!(fetch_map(&c, &["a", "bad"], 2).await.is_err());
}

#[tokio::test(start_paused = true)]
async fn nested_display_with_await_per_row() {
    // Python: [sum([await double(x) for x in row]) for row in m]
    let m = vec![vec![1, 2], vec![3]];
    let v = acomp![[double(*x).await for x in row].iter().sum::<i32>() for row in &m];
    assert_eq!(v, vec![6, 6]);
}

#[tokio::test(start_paused = true)]
async fn conditional_both_branches_await() {
    // Python: [await fetch(u) if u.startswith("h") else await fetch("x" + u) for u in urls]
    let urls = ["ha", "b"];
    let v = acomp![await fetch(u) if u.starts_with('h') else await fetch(&format!("x{u}")) for u in urls];
    assert_eq!(v, vec!["<ha>", "<xb>"]);
}

#[tokio::test(start_paused = true)]
async fn lazy_acomp_concurrency_unordered_borrowed() {
    // Python: async for r in as_completed([slow(d) for d in delays]): ...
    async fn slow(d: &u64) -> u64 {
        sleep(Duration::from_millis(*d)).await;
        *d
    }
    let delays = vec![30, 10, 20];
    let mut s = acomp!((slow(d).await for d in &delays); concurrency = 3, unordered);
    let mut got = vec![];
    while let Some(x) = s.next().await {
        got.push(x);
    }
    assert_eq!(got, vec![10, 20, 30]);
}

#[tokio::test(start_paused = true)]
async fn lazy_acomp_question_try_collect() {
    // Python: [await client.get(p) for p in paths]  (stops at first error)
    use futures::TryStreamExt;
    let c = Client { base: "h".into() };
    let paths = ["a", "bad", "c"];
    let r: Result<Vec<String>, String> =
        acomp!((c.get(p).await? for p in paths)).try_collect().await;
    assert_eq!(r, Err("404 bad".to_string()));
}

#[tokio::test(start_paused = true)]
async fn acomp_over_self_items_with_sync_filter_and_async_elem() {
    // Python: [await self.price_of(i.name) for i in self.items if i.qty]
    struct Shop {
        items: Vec<Item>,
    }
    impl Shop {
        async fn price_of(&self, name: &str) -> u32 {
            sleep(Duration::from_millis(5)).await;
            self.items
                .iter()
                .find(|i| i.name == name)
                .map_or(0, |i| i.price)
        }
        async fn prices(&self) -> Vec<u32> {
            acomp![self.price_of(&i.name).await for i in &self.items if i.qty > 0; concurrency = 2]
        }
    }
    let shop = Shop {
        items: Inventory::new().items,
    };
    assert_eq!(shop.prices().await, vec![3, 25, 1]);
}

#[tokio::test(start_paused = true)]
async fn acomp_async_for_then_sync_for() {
    // Python: [(b, i) async for b in batches for i in b if i > 1]
    let batches = stream::iter(vec![vec![1, 2], vec![3]]);
    let v = acomp![(b.len(), i) async for b in batches for i in b.clone() if i > 1];
    assert_eq!(v, vec![(2, 2), (1, 3)]);
}

// ---------------------------------------------------------------------------
// 9. tokens that look like other syntax: paths, struct literals, closures, macros

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Size {
    Big,
    Small,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Point {
    x: i32,
    y: i32,
}

#[test]
fn dict_key_is_path_in_conditional() {
    // Python: {Size.BIG if v > 10 else Size.SMALL: v for v in vals}
    let vals = [3, 20, 5];
    let m = comp!({Size::Big if v > 10 else Size::Small: v for v in vals});
    assert_eq!(m[&Size::Big], 20);
    assert_eq!(m[&Size::Small], 5);
}

#[test]
fn dict_key_is_assoc_fn_call() {
    // Python: {int(x): x for x in xs}
    let xs = [1u8, 2];
    let m = comp!({i64::from(x): x for x in xs});
    assert_eq!(m[&2i64], 2u8);
}

#[test]
fn dict_key_turbofish() {
    // Python: {int(s): s for s in raw}
    let raw = ["10", "7"];
    let m = comp!({s.parse::<i32>().unwrap(): s for s in raw});
    assert_eq!(m[&7], "7");
}

#[test]
fn set_of_struct_literals() {
    // Python: {Point(a, b) for a, b in pts}
    let pts = [(1, 2), (1, 2), (3, 4)];
    let s = comp!({Point { x: a, y: b } for (a, b) in pts});
    assert_eq!(s.len(), 2);
    assert!(s.contains(&Point { x: 3, y: 4 }));
}

#[test]
fn dict_key_struct_literal() {
    // Python: {Point(a, b): name for a, b, name in rows}
    let rows = [(0, 0, "origin"), (1, 0, "east")];
    let m = comp!({Point { x: a, y: b }: name for (a, b, name) in rows});
    assert_eq!(m[&Point { x: 1, y: 0 }], "east");
}

#[test]
fn dict_value_struct_literal_shorthand() {
    // Python: {name: Point(x, y) for name, x, y in rows}
    let rows = [("a", 1, 2)];
    let m = comp!({name: Point { x, y } for (name, x, y) in rows});
    assert_eq!(m["a"], Point { x: 1, y: 2 });
}

#[test]
fn iterable_split_with_typed_closure() {
    // Python: {w: len(w) for w in re.split(r"\W", text) if w}
    let text = "hi, you-there";
    let m =
        comp!({w: w.len() for w in text.split(|c: char| !c.is_alphanumeric()) if !w.is_empty()});
    assert_eq!(m.len(), 3);
    assert_eq!(m["there"], 5);
}

#[test]
fn element_typed_closure_in_list() {
    // Python: [(lambda x: x + k) for k in ks]
    let ks = [1, 2];
    let fs = comp![move |x: i32| x + k for k in ks];
    assert_eq!(comp![f(10) for f in fs], vec![11, 12]);
}

#[test]
fn let_clause_with_generic_type() {
    // Python: [sum(parts) for line in lines for parts in [list(map(int, line.split()))]]
    let lines = ["1 2", "3 4 5"];
    let v = comp![parts.iter().sum::<i32>() for line in lines let parts: Vec<i32> = line.split(' ').map(|p| p.parse().unwrap()).collect()];
    assert_eq!(v, vec![3, 12]);
}

#[test]
fn walrus_in_dict_key_used_in_value() {
    // Python: {(k := name.lower()): len(k) for name in names}
    let names = ["AB", "Cde"];
    let m = comp!({(k := name.to_lowercase()).clone(): k.len() for name in names});
    assert_eq!(m["cde"], 3);
}

#[test]
fn walrus_shadows_outer_variable() {
    // Python: y = 100; [y for x in xs if (y := x * 2) > 2]; y is still 100 here (unlike CPython)
    let y = 100;
    let v = comp![y for x in [1, 2, 3] if (y := x * 2) > 2];
    assert_eq!(v, vec![4, 6]);
    assert_eq!(y, 100);
}

#[test]
fn nested_comp_macro_call_in_element() {
    // Python: [[c for c in w] for w in words]
    let words = ["ab", "c"];
    let v = comp![comp![c for c in w.chars()] for w in words];
    assert_eq!(v, vec![vec!['a', 'b'], vec!['c']]);
}

#[test]
fn nested_set_inside_list() {
    // Python: [{c for c in w} for w in words]
    let words = ["aab", "c"];
    let v = comp![{c for c in w.chars()} for w in words];
    assert_eq!(v[0], HashSet::from(['a', 'b']));
    assert_eq!(v[1].len(), 1);
}

#[test]
fn inner_display_repeats_owned_outer() {
    // Python: [[w for _ in range(n)] for w in words]
    let words = vec!["x".to_string(), "y".to_string()];
    let v = comp![[w.clone() for _ in 0..2] for w in words];
    assert_eq!(v, vec![vec!["x", "x"], vec!["y", "y"]]);
}

#[test]
fn lazy_inside_lazy() {
    // Python: list((x, y) for x in xs for y in (z * 2 for z in ys))
    let xs = [1, 2];
    let ys = [10];
    let v: Vec<(i32, i32)> = comp!(((x, y) for x in xs for y in (z * 2 for z in ys))).collect();
    assert_eq!(v, vec![(1, 20), (2, 20)]);
}

#[test]
fn lazy_inner_over_lowercase_temporary() {
    // Python: "".join(c for w in words for c in w.lower() if c != "a")
    let words = ["ABC", "Aa"];
    let s: String =
        comp!((c for w in words for c in w.to_lowercase().chars() if c != 'a')).collect();
    assert_eq!(s, "bc");
}

#[test]
fn range_element_and_inclusive_iterable() {
    // Python: [range(x, x + 2) for x in range(1, 3 + 1)]
    let v = comp![(x..x + 2) for x in 1..=3];
    assert_eq!(v, vec![1..3, 2..4, 3..5]);
}

#[test]
fn iterable_is_block_and_rust_if() {
    // Python: [x for x in (a if up else b) if x > 1]
    let a = vec![1, 2, 3];
    let b = vec![9];
    let up = true;
    let v = comp![*x for x in if up { &a } else { &b } if *x > 1];
    assert_eq!(v, vec![2, 3]);
    let w = comp![x for x in { let mut t = b.clone(); t.push(0); t }];
    assert_eq!(w, vec![9, 0]);
}

#[test]
fn running_total_with_mutable_outer() {
    // Python: [(t := t + v) for v in vs]  (CPython accumulates; here a block does)
    let vs = [1, 2, 3];
    let mut t = 0;
    let v = comp![{ t += x; t } for x in vs];
    assert_eq!(v, vec![1, 3, 6]);
    assert_eq!(t, 6);
}

macro_rules! squares_of {
    ($xs:expr) => {
        comp![x * x for x in $xs]
    };
}

macro_rules! map_list {
    ($e:expr, $x:ident, $xs:expr) => {
        comp![$e for $x in $xs]
    };
}

#[test]
fn inside_user_macro_rules() {
    // Python: [x * x for x in xs]  (behind a helper macro)
    assert_eq!(squares_of!([1, 2, 3]), vec![1, 4, 9]);
    assert_eq!(squares_of!(0..3), vec![0, 1, 4]);
    assert_eq!(map_list!(n + 1, n, [1, 2]), vec![2, 3]);
}

// (The tester wrote a `static` `LazyLock`, which is newer than the MSRV
// clippy checks the tests against: the same in a `OnceLock`.)
static TABLE: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();

#[test]
fn in_static_lazylock() {
    // Python: TABLE = [i * i for i in range(5)]  (module level)
    let table = TABLE.get_or_init(|| comp![i * i for i in 0..5]);
    assert_eq!(*table, vec![0, 1, 4, 9, 16]);
}

#[test]
fn over_mutex_guard_temporary() {
    // Python: with lock: snapshot = [x for x in data if x > 0]
    let data = std::sync::Mutex::new(vec![-1, 2, 3]);
    let snap = comp![*x for x in data.lock().unwrap().iter() if *x > 0];
    assert_eq!(snap, vec![2, 3]);
}

#[test]
fn over_refcell_borrow() {
    // Python: [x * 2 for x in shared]
    let shared = std::rc::Rc::new(std::cell::RefCell::new(vec![1, 2]));
    let v = comp![x * 2 for x in shared.borrow().iter()];
    assert_eq!(v, vec![2, 4]);
}

#[test]
fn over_btreemap_range_and_char_range() {
    // Python: [v for k, v in sorted(d.items()) if 2 <= k < 4], [c for c in "abcde"]
    let d: BTreeMap<i32, &str> = [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
        .into_iter()
        .collect();
    let v = comp![*v for (_, v) in d.range(2..4)];
    assert_eq!(v, vec!["b", "c"]);
    let cs = comp![c.to_ascii_uppercase() for c in 'a'..='c'];
    assert_eq!(cs, vec!['A', 'B', 'C']);
}

#[test]
fn over_set_intersection() {
    // Python: sorted(x * 10 for x in a & b)
    let a = HashSet::from([1, 2, 3]);
    let b = HashSet::from([2, 3, 4]);
    let mut v = comp![x * 10 for x in a.intersection(&b)];
    v.sort();
    assert_eq!(v, vec![20, 30]);
}

struct Parser<'a> {
    src: &'a str,
}

impl<'a> Parser<'a> {
    // Python: return [t.strip() for t in self.src.split(",")]
    fn tokens(&self) -> Vec<&'a str> {
        comp![t.trim() for t in self.src.split(',')]
    }
}

#[test]
fn method_returns_refs_with_struct_lifetime() {
    // Python: [t.strip() for t in self.src.split(",")]
    let src = String::from("a, b ,c");
    let toks = {
        let p = Parser { src: &src };
        p.tokens()
    };
    assert_eq!(toks, vec!["a", "b", "c"]);
}

trait Named {
    fn items(&self) -> &[u32];
    // Python: def labels(self): return [f"#{i}" for i in self.items()]
    fn labels(&self) -> Vec<String> {
        comp![format!("#{i}") for i in self.items()]
    }
}

struct Ids(Vec<u32>);
impl Named for Ids {
    fn items(&self) -> &[u32] {
        &self.0
    }
}

#[test]
fn trait_default_method() {
    // Python: [f"#{i}" for i in self.items()]
    assert_eq!(Ids(vec![4, 5]).labels(), vec!["#4", "#5"]);
}

// Python: def lens(xs): return [len(s) for s in xs]
fn lens<S: AsRef<str>>(xs: &[S]) -> Vec<usize> {
    comp![s.as_ref().len() for s in xs]
}

#[test]
fn generic_as_ref_str() {
    // Python: [len(s) for s in xs]
    assert_eq!(lens(&["ab", "c"]), vec![2, 1]);
    assert_eq!(lens(&["abc".to_string()]), vec![3]);
}

// Python: async def map_async(f, xs): return await asyncio.gather(*[f(x) for x in xs])
async fn map_async<F, Fut>(xs: &[i32], f: F) -> Vec<i32>
where
    F: Fn(i32) -> Fut,
    Fut: std::future::Future<Output = i32>,
{
    acomp![f(*x).await for x in xs; concurrency = 4]
}

#[tokio::test(start_paused = true)]
async fn generic_higher_order_async() {
    // Python: await asyncio.gather(*[f(x) for x in xs])
    let t = Instant::now();
    assert_eq!(map_async(&[1, 2, 3], double).await, vec![2, 4, 6]);
    assert_eq!(t.elapsed(), Duration::from_millis(10));
}

#[tokio::test(start_paused = true)]
async fn sequential_acomp_mutating_counter() {
    // Python: [await double(x) for x in xs]  (counting calls with nonlocal n)
    let mut calls = 0;
    let v = acomp![{ calls += 1; double(x).await } for x in [1, 2]];
    assert_eq!(v, vec![2, 4]);
    assert_eq!(calls, 2);
}

// ---------------------------------------------------------------------------
// 10. inference from later use, element forms with inner keywords

#[test]
fn element_type_inferred_from_later_push() {
    // Python: nums = [int(s) for s in raw]; nums.append(5)
    let raw = ["1", "2"];
    let mut nums = comp![s.parse().unwrap() for s in raw];
    nums.push(5i32);
    assert_eq!(nums, vec![1, 2, 5]);
}

fn takes_names(s: HashSet<String>) -> usize {
    s.len()
}

#[test]
fn set_type_inferred_from_call_argument() {
    // Python: takes_names({n.strip() for n in raw})
    let raw = [" a", "a ", "b"];
    let s = comp!({n.trim().into() for n in raw});
    assert_eq!(takes_names(s), 2);
}

#[test]
fn dict_default_values_annotated() {
    // Python: groups: dict[str, list[int]] = {k: [] for k in keys}
    let keys = ["a", "b"];
    let mut groups: HashMap<&str, Vec<i32>> = comp!({k: Vec::new() for k in keys});
    groups.get_mut("a").unwrap().push(1);
    assert_eq!(groups["a"], vec![1]);
    assert!(groups["b"].is_empty());
}

#[test]
fn list_of_none_annotated() {
    // Python: slots: list[int | None] = [None for _ in range(3)]
    let slots: Vec<Option<i32>> = comp![None for _ in 0..3];
    assert_eq!(slots, vec![None, None, None]);
}

#[test]
fn dict_tuple_key_from_grid() {
    // Python: {(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row) if v}
    let grid = vec![vec![0, 7], vec![8, 0]];
    let cells = comp!({(r, c): *v for (r, row) in grid.iter().enumerate() for (c, v) in row.iter().enumerate() if *v != 0});
    let mut want = HashMap::new();
    want.insert((0, 1), 7);
    want.insert((1, 0), 8);
    assert_eq!(cells, want);
}

#[test]
fn dict_key_with_cast() {
    // Python: {ord(c): c for c in s}
    let s = "ab";
    let m = comp!({c as u32: c for c in s.chars()});
    assert_eq!(m[&97], 'a');
}

#[test]
fn dict_key_tuple_field_and_nested_field() {
    // Python: {p[0]: p[1] for p in pairs}, {t[0][1]: t[1] for t in nested}
    let pairs = [(1, "a"), (2, "b")];
    let m = comp!({p.0: p.1 for p in pairs});
    assert_eq!(m[&2], "b");
    let nested = [((1, 2), 3)];
    let n = comp!({t.0.1: t.1 for t in nested});
    assert_eq!(n[&2], 3);
}

#[test]
fn dict_key_index_and_slice_ref() {
    // Python: {row[0]: row[1:] for row in rows}
    let rows = vec![vec!["k1", "a", "b"], vec!["k2"]];
    let m = comp!({row[0]: &row[1..] for row in &rows});
    assert_eq!(m["k1"], &["a", "b"][..]);
    assert!(m["k2"].is_empty());
}

#[test]
fn element_block_with_inner_for_loop() {
    // Python: [sum(range(x)) for x in xs]
    let xs = [3, 4];
    let v = comp![{ let mut s = 0; for i in 0..x { s += i; } s } for x in xs];
    assert_eq!(v, vec![3, 6]);
}

#[test]
fn element_closure_with_rust_if_body() {
    // Python: [lambda v, t=t: 1 if v > t else 0 for t in ts]
    let ts = [1, 5];
    let fs = comp![move |v: i32| if v > t { 1 } else { 0 } for t in ts];
    assert_eq!(comp![f(3) for f in &fs], vec![1, 0]);
}

// FOUND (fixed): comp![move |v: i32| 1 if v > t else 0 for t in ts] -> error[E0425]: cannot find value `v` in this scope (plus E0308 "`if` and `else` have incompatible types ... expected closure, found integer"): the conditional is taken as `(move |v| 1) if v > t else 0`, but reference 2.1 says a conditional works "as a closure's whole body, as in a Python lambda", and in Python `lambda v: 1 if v > t else 0` has the conditional inside the lambda; the closure here is the element, not a call argument
#[test]
fn element_closure_with_python_conditional_body() {
    // Python: [lambda v, t=t: 1 if v > t else 0 for t in ts]
    let ts = [1, 5];
    let fs = comp![move |v: i32| 1 if v > t else 0 for t in ts];
    assert_eq!(comp![f(3) for f in &fs], vec![1, 0]);
}

#[test]
fn element_struct_update_syntax() {
    // Python: [dataclasses.replace(i, qty=0) for i in items]
    let items = Inventory::new().items;
    let v = comp![Item { qty: 0, ..i.clone() } for i in &items];
    assert!(v.iter().all(|i| i.qty == 0));
    assert_eq!(v[2].name, "hammer");
}

#[test]
fn element_match_with_guard() {
    // Python: ["neg" if n < 0 else "small" if n < 10 else "big" for n in ns]
    let ns = [-3, 4, 40];
    let v = comp![match n { n if n < 0 => "neg", n if n < 10 => "small", _ => "big" } for n in ns];
    assert_eq!(v, vec!["neg", "small", "big"]);
}

#[tokio::test(start_paused = true)]
async fn comp_of_async_blocks_then_join_all() {
    // Python: await asyncio.gather(*[double(x) for x in xs])
    let xs = [1, 2, 3];
    let futs = comp![async move { double(x).await + 1 } for x in xs];
    let t = Instant::now();
    let v = futures::future::join_all(futs).await;
    assert_eq!(v, vec![3, 5, 7]);
    assert_eq!(t.elapsed(), Duration::from_millis(10));
}

#[tokio::test(start_paused = true)]
async fn comp_of_futures_no_await() {
    // Python: await asyncio.gather(*[double(x) for x in xs])
    let futs = comp![double(x) for x in [4, 5]];
    assert_eq!(futures::future::join_all(futs).await, vec![8, 10]);
}

#[tokio::test(start_paused = true)]
async fn comp_of_spawned_tasks() {
    // Python: tasks = [asyncio.create_task(double(x)) for x in xs]; [await t for t in tasks]
    let tasks = comp![tokio::spawn(double(x)) for x in [1, 2]];
    let v = acomp![t.await.unwrap() for t in tasks];
    assert_eq!(v, vec![2, 4]);
}

// ---------------------------------------------------------------------------
// 11. async: returned streams, Send, boxed streams, shared bindings

// Python: async def pages(client, paths): for p in paths: yield await client.get(p)
fn pages<'a>(c: &'a Client, ps: &'a [&'a str]) -> impl futures::Stream<Item = String> + 'a {
    acomp!((c.get(p).await.unwrap() for p in ps))
}

#[tokio::test(start_paused = true)]
async fn returned_lazy_stream_borrowing_args() {
    // Python: [p async for p in pages(client, paths)]
    let c = Client { base: "h".into() };
    let ps = ["a", "b"];
    let v = acomp![p async for p in pages(&c, &ps)];
    assert_eq!(v, vec!["h/a", "h/b"]);
}

// Python: async def doubled(xs): for x in xs: yield await double(x)  (gathered 4 at a time)
fn doubled(xs: Vec<i32>) -> impl futures::Stream<Item = i32> {
    acomp!(move (double(x).await for x in xs); concurrency = 4)
}

#[tokio::test(start_paused = true)]
async fn returned_move_lazy_stream_with_concurrency() {
    // Python: [y async for y in doubled(xs)]
    let t = Instant::now();
    let v: Vec<i32> = doubled(vec![1, 2, 3, 4, 5]).collect().await;
    assert_eq!(v, vec![2, 4, 6, 8, 10]);
    assert_eq!(t.elapsed(), Duration::from_millis(20));
}

#[tokio::test(start_paused = true)]
async fn eager_acomp_inside_spawned_task_is_send() {
    // Python: task = asyncio.create_task(gather_all(urls))
    let urls = vec!["a".to_string(), "b".to_string()];
    let h = tokio::spawn(async move { acomp![fetch(u).await for u in &urls; concurrency = 2] });
    assert_eq!(h.await.unwrap(), vec!["<a>", "<b>"]);
}

#[test]
fn lazy_comp_sent_to_thread() {
    // Python: threading.Thread(target=lambda: sum(x * k for x in xs))
    let xs = vec![1, 2, 3];
    let k = 10;
    let it = comp!(move (x * k for x in xs));
    let h = std::thread::spawn(move || it.sum::<i32>());
    assert_eq!(h.join().unwrap(), 60);
}

#[tokio::test]
async fn async_for_over_boxed_stream_by_mut() {
    // Python: head = [x async for x in aiter if x < 3]; rest = [x async for x in aiter]
    let mut s = stream::iter(1..6).boxed();
    let head = acomp![x async for x in &mut s if x < 3];
    assert_eq!(head, vec![1, 2]);
    let rest = acomp![x async for x in &mut s];
    assert!(rest.is_empty());
}

#[tokio::test]
async fn async_for_over_unfold_stream() {
    // Python: async def countdown(n): while n: yield n; n -= 1
    let s = stream::unfold(3, |n| async move {
        if n == 0 {
            None
        } else {
            Some((n, n - 1))
        }
    });
    let v = acomp![n * 2 async for n in s];
    assert_eq!(v, vec![6, 4, 2]);
}

#[tokio::test(start_paused = true)]
async fn concurrency_items_share_outer_let_binding() {
    // Python: [await fetch(prefix + p) for h in hosts for prefix in [h + "/"] for p in paths]
    let hosts = ["h1", "h2"];
    let paths = vec!["a".to_string(), "b".to_string()];
    let t = Instant::now();
    let v = acomp![fetch(&format!("{prefix}{p}")).await for h in hosts let prefix = format!("{h}/") for p in &paths; concurrency = 4];
    assert_eq!(v, vec!["<h1/a>", "<h1/b>", "<h2/a>", "<h2/b>"]);
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn acomp_in_if_condition_and_assert() {
    // Python: if not [x for x in xs if await is_valid(x)]: ...
    let xs = [3, 6];
    let msg = if acomp![x for x in xs if is_valid(x).await].is_empty() {
        "none"
    } else {
        "some"
    };
    assert_eq!(msg, "none");
    assert_eq!(acomp![double(x).await for x in [7]], vec![14]);
    let s = format!("{:?}", acomp![double(x).await for x in [1, 2]]);
    assert_eq!(s, "[2, 4]");
}

#[tokio::test(start_paused = true)]
async fn async_dict_conditional_value_with_await() {
    // Python: {k: (await fetch(k)) if k else None for k in keys}
    let keys = ["a", ""];
    let m = acomp!({k: Some(fetch(k).await) if !k.is_empty() else None for k in keys});
    assert_eq!(m["a"], Some("<a>".to_string()));
    assert_eq!(m[""], None);
}

// ---------------------------------------------------------------------------
// 12. closures with a conditional body in other positions

#[test]
fn closure_conditional_body_in_tuple() {
    // Python: [(t, lambda v, t=t: v if v > t else t) for t in ts]
    let ts = [2, 4];
    let v = comp![(t, move |v: i32| v if v > t else t) for t in ts];
    // (own slip: `n` is `&i32` from `&v`; rustc: "error[E0277]: can't compare `(&i32, i32)` with `({integer}, {integer})`")
    assert_eq!(comp![(*n, f(3)) for (n, f) in &v], vec![(2, 3), (4, 4)]);
}

// FOUND (fixed): comp![clip(x) for x in xs let clip = |v: i32| v if v < 10 else 10] -> error[E0425]: cannot find value `v` in this scope (plus E0308 "expected closure, found integer"): a `let` clause's value is an ELEM (reference 2), parsed as `(|v| v) if v < 10 else 10`; reference 2.1 says the conditional works "as a closure's whole body, as in a Python lambda" (same root cause as the element case above)
#[test]
fn closure_conditional_body_in_let_clause() {
    // Python: [clip(x) for x in xs for clip in [lambda v: v if v < 10 else 10]]
    let xs = [5, 50];
    let v = comp![clip(x) for x in xs let clip = |v: i32| v if v < 10 else 10];
    assert_eq!(v, vec![5, 10]);
}

// FOUND (fixed): comp!({name: move |v: i32| "hi" if v > t else "lo" for (name, t) in limits}) -> error[E0425]: cannot find value `v` in this scope (plus E0308 "expected closure, found `&str`"): the dict value's closure loses its conditional body, as in the element case; reference 2.1 (conditional as a closure's whole body, at any depth)
#[test]
fn closure_conditional_body_in_dict_value() {
    // Python: {name: (lambda v, t=t: "hi" if v > t else "lo") for name, t in limits}
    let limits = [("a", 1), ("b", 9)];
    let m = comp!({name: move |v: i32| "hi" if v > t else "lo" for (name, t) in limits});
    assert_eq!(m["a"](5), "hi");
    assert_eq!(m["b"](5), "lo");
}

#[test]
fn closure_conditional_body_in_filter_call() {
    // Python: [x for x in xs if any(map(lambda v: v if v > x else 0, ys))]
    let xs = [1, 9];
    let ys = [0, 5];
    let v = comp![x for x in xs if ys.iter().map(|v| *v if *v > x else 0).any(|v| v != 0)];
    assert_eq!(v, vec![1]);
}

// FOUND (fixed): comp![|v: i32| v if v > 0 else 0 for _ in 0..2] -> error[E0425]: cannot find value `v` in this scope (plus E0308 "expected closure, found integer"): same as the `move` case, without `move`; reference 2.1
#[test]
fn non_move_closure_conditional_body_element() {
    // Python: [lambda v: v if v > 0 else 0 for _ in range(2)]
    let fs = comp![|v: i32| v if v > 0 else 0 for _ in 0..2];
    assert_eq!(comp![f(-3) for f in &fs], vec![0, 0]);
}

// FOUND (fixed): comp!((move |v: i32| v if v > t else 0 for t in ts)) -> error[E0425]: cannot find value `v` in this scope (plus E0308 "expected closure, found integer"): same root cause in the lazy form; reference 2.1
#[test]
fn lazy_closure_conditional_body_element() {
    // Python: [f(3) for f in (lambda v, t=t: v if v > t else 0 for t in ts)]
    let ts = [1, 5];
    let v: Vec<i32> = comp!((move |v: i32| v if v > t else 0 for t in ts))
        .map(|f| f(3))
        .collect();
    assert_eq!(v, vec![3, 0]);
}

// ---------------------------------------------------------------------------
// 13. conditional in struct literals, arrays, indexes; walrus and chains in depth

#[test]
fn conditional_in_struct_literal_field() {
    // Python: [Point(x=a if a > 0 else 0, y=b) for a, b in pts]
    let pts = [(-1, 2), (3, 4)];
    let v = comp![Point { x: a if a > 0 else 0, y: b } for (a, b) in pts];
    assert_eq!(v, vec![Point { x: 0, y: 2 }, Point { x: 3, y: 4 }]);
}

#[test]
fn conditional_in_array_element() {
    // Python: [[x if x > 0 else 0, x] for x in xs]
    let xs = [-1, 2];
    let v = comp![[x if x > 0 else 0, x] for x in xs];
    assert_eq!(v, vec![[0, -1], [2, 2]]);
}

#[test]
fn conditional_in_index_and_range() {
    // Python: [xs[i if i < n else n - 1] for i in idx], [list(range(0, a if a < 3 else 3)) for a in ns]
    let xs = [10, 20, 30];
    let n = xs.len();
    let v = comp![xs[i if i < n else n - 1] for i in [0, 7]];
    assert_eq!(v, vec![10, 30]);
    let r = comp![(0..(a if a < 3 else 3)).count() for a in [1, 9]];
    assert_eq!(r, vec![1, 3]);
}

#[test]
fn conditional_negated_and_in_some() {
    // Python: [-(a if c else b) for a, b, c in rows]
    let rows = [(1, 2, true), (1, 2, false)];
    let v = comp![-(a if c else b) for (a, b, c) in rows];
    assert_eq!(v, vec![-1, -2]);
    let w = comp![Some(a if c else b) for (a, b, c) in rows];
    assert_eq!(w, vec![Some(1), Some(2)]);
}

#[test]
fn conditional_in_vec_macro_and_hashmap_from() {
    // Python: [[a if c else b] * 2 for a, b, c in rows]
    let rows = [(1, 2, true), (1, 2, false)];
    let v = comp![vec![a if c else b; 2] for (a, b, c) in rows];
    assert_eq!(v, vec![vec![1, 1], vec![2, 2]]);
    let m = comp![HashMap::from([("k", a if c else b)]) for (a, b, c) in rows];
    assert_eq!(m[1]["k"], 2);
}

#[test]
fn walrus_rhs_conditional() {
    // Python: [y for x in xs if (y := x if x > 0 else -x) > 1]
    let xs = [-3, 1, 2];
    let v = comp![y for x in xs if (y := x if x > 0 else -x) > 1];
    assert_eq!(v, vec![3, 2]);
}

#[test]
fn walrus_inside_nested_comprehension() {
    // Python: [[y for x in row if (y := x * 2) > 2] for row in m]
    let m = vec![vec![1, 2], vec![3]];
    let v = comp![[y for x in row if (y := x * 2) > 2] for row in &m];
    assert_eq!(v, vec![vec![4], vec![6]]);
}

#[test]
fn walrus_then_if_let() {
    // Python: [n for s in raw if (t := s.strip()) if (n := int(t) if t.isdigit() else None) is not None]
    let raw = [" 4 ", "x", "7"];
    let v = comp![n for s in raw if !(t := s.trim()).is_empty() if let Ok(n) = t.parse::<i32>()];
    assert_eq!(v, vec![4, 7]);
}

#[test]
fn lazy_walrus_owned_string() {
    // Python: list(y for s in raw if (y := s.strip()))
    let raw = [" a", "  ", "b "];
    let v: Vec<String> =
        comp!((y for s in raw if !(y := s.trim().to_string()).is_empty())).collect();
    assert_eq!(v, vec!["a", "b"]);
}

#[test]
fn lazy_walrus_used_by_inner_for() {
    // Python: list((x, z) for x in xs if (y := x * 2) > 0 for z in range(y))
    let xs = [0, 1];
    let v: Vec<(i32, i32)> =
        comp!(((x, z) for x in xs if (y := x * 2) > 0 for z in 0..y)).collect();
    assert_eq!(v, vec![(1, 0), (1, 1)]);
}

#[test]
fn chained_comparison_element_and_closure() {
    // Python: [0 <= x < 10 for x in xs], [x for x in xs if any(0 < y < x for y in ys)]
    let xs = [-1, 5, 10];
    assert_eq!(comp![0 <= x < 10 for x in xs], vec![false, true, false]);
    let ys = [3];
    let v = comp![x for x in xs if ys.iter().any(|y| 0 < *y < x)];
    assert_eq!(v, vec![5, 10]);
}

#[test]
fn chained_comparison_with_methods_and_not_equal() {
    // Python: [w for w in words if 2 <= len(w) <= 3], [t for t in ts if t[0] != t[1] != t[2]]
    let words = ["a", "ab", "abc", "abcd"];
    assert_eq!(
        comp![w for w in words if 2 <= w.len() <= 3],
        vec!["ab", "abc"]
    );
    let ts = [(1, 2, 1), (1, 1, 2), (1, 2, 3)];
    assert_eq!(
        comp![t for t in ts if t.0 != t.1 != t.2],
        vec![(1, 2, 1), (1, 2, 3)]
    );
}

#[tokio::test(start_paused = true)]
async fn walrus_await_under_concurrency() {
    // Python: [(y, y * 2) for x in xs if (y := await double(x)) > 2]
    let xs = [1, 2, 3];
    let t = Instant::now();
    let v = acomp![(y, y * 2) for x in xs if (y := double(x).await) > 2; concurrency = 3];
    assert_eq!(v, vec![(4, 8), (6, 12)]);
    assert_eq!(t.elapsed(), Duration::from_millis(10));
}

// (own slip: first named `load`, clashing with an earlier fn: error[E0428])
async fn load_digits(d: &str) -> Vec<u64> {
    sleep(Duration::from_millis(1)).await;
    d.bytes().map(|b| (b - b'0') as u64).collect()
}

#[tokio::test(start_paused = true)]
async fn awaited_first_iterable_and_inner_iterable() {
    // Python: [x for x in await load("123")], [x for d in docs for x in await load(d)]
    let v = acomp![x * 10 for x in load_digits("123").await];
    assert_eq!(v, vec![10, 20, 30]);
    let docs = ["12", "3"];
    let w = acomp![x for d in docs for x in load_digits(d).await];
    assert_eq!(w, vec![1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn sum_of_generator_over_awaited() {
    // Python: [sum(n for n in await load(d)) for d in docs]
    let docs = ["12", "345"];
    let v = acomp![(n for n in load_digits(d).await).sum::<u64>() for d in docs];
    assert_eq!(v, vec![3, 12]);
}

#[tokio::test(start_paused = true)]
async fn option_question_in_async_fn() {
    // Python: [lookup[await key(x)] for x in xs]  (KeyError -> None)
    async fn key(x: i32) -> i32 {
        sleep(Duration::from_millis(1)).await;
        x % 10
    }
    async fn resolve(xs: &[i32], lookup: &HashMap<i32, &'static str>) -> Option<Vec<&'static str>> {
        acomp![*lookup.get(&key(*x).await)? for x in xs]
    }
    let lookup: HashMap<i32, &str> = [(1, "one"), (2, "two")].into_iter().collect();
    assert_eq!(resolve(&[11, 2], &lookup).await, Some(vec!["one", "two"]));
    assert_eq!(resolve(&[11, 5], &lookup).await, None);
}

#[tokio::test(start_paused = true)]
async fn async_for_over_awaited_stream_source() {
    // Python: [x async for x in await open_feed()]
    async fn open_feed() -> impl futures::Stream<Item = i32> {
        sleep(Duration::from_millis(1)).await;
        stream::iter(vec![5, 6])
    }
    let v = acomp![x async for x in open_feed().await];
    assert_eq!(v, vec![5, 6]);
    let lazy: Vec<i32> = acomp!((x + 1 async for x in open_feed().await))
        .collect()
        .await;
    assert_eq!(lazy, vec![6, 7]);
}

// ---------------------------------------------------------------------------
// 14. patterns: Python's bare tuples, struct patterns, &, mut, ref

#[test]
fn bare_tuple_pattern_list() {
    // Python: [k for k, v in pairs if v > 1]
    let pairs = [("a", 1), ("b", 2)];
    assert_eq!(comp![k for k, v in pairs if v > 1], vec!["b"]);
}

#[test]
fn bare_tuple_pattern_over_dict_ref() {
    // Python: {v: k for k, v in d.items()}
    let d: HashMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    let inv = comp!({*v: *k for k, v in &d});
    assert_eq!(inv[&2], "b");
}

#[test]
fn bare_tuple_with_nested_tuple() {
    // Python: [i * a for i, (a, b) in enumerate(pairs) if b]
    let pairs = [(5, true), (6, false), (7, true)];
    let v = comp![i * a for i, (a, b) in pairs.iter().copied().enumerate() if b];
    assert_eq!(v, vec![0, 14]);
}

#[test]
fn bare_tuple_nested_dict_of_sets() {
    // Python: {k: {v for v in vs} for k, vs in groups}
    let groups = vec![("a", vec![1, 1, 2])];
    let m = comp!({k: {v for v in vs} for k, vs in groups});
    assert_eq!(m["a"], HashSet::from([1, 2]));
}

#[test]
fn bare_tuple_lazy_and_second_for() {
    // Python: sum(v * w for k, v in a for k2, w in b if k == k2)
    let a = [("x", 2), ("y", 3)];
    let b = [("x", 10), ("y", 100)];
    let total: i32 = comp!((v * w for k, v in a for k2, w in b if k == k2)).sum();
    assert_eq!(total, 320);
}

#[tokio::test]
async fn bare_tuple_async_for() {
    // Python: [f"{k}={v}" async for k, v in aitems]
    let s = stream::iter(vec![("a", 1), ("b", 2)]);
    let v = acomp![format!("{k}={v}") async for k, v in s];
    assert_eq!(v, vec!["a=1", "b=2"]);
}

#[test]
fn struct_pattern_in_for() {
    // Python: [x * y for p in pts for x, y in [(p.x, p.y)]]
    let pts = [Point { x: 2, y: 3 }, Point { x: 4, y: 5 }];
    let v = comp![x * y for Point { x, y } in pts];
    assert_eq!(v, vec![6, 20]);
}

#[test]
fn struct_pattern_with_rest_by_ref() {
    // Python: [(i.name, i.price) for i in items if i.qty]
    let items = Inventory::new().items;
    let v = comp![(name.as_str(), *price) for Item { name, price, qty, .. } in &items if *qty > 0];
    assert_eq!(v, vec![("apple", 3), ("hammer", 25), ("nail", 1)]);
}

#[test]
fn ref_pattern_and_amp_pattern() {
    // Python: [a + b for a, b in pairs]
    let pairs = vec![(1, 2), (3, 4)];
    assert_eq!(comp![a + b for &(a, b) in pairs.iter()], vec![3, 7]);
    assert_eq!(comp![a + b for &(a, b) in &pairs], vec![3, 7]);
    let words = vec![("a".to_string(), 1)];
    let v = comp![k.len() + n for (ref k, n) in words];
    assert_eq!(v, vec![2]);
}

#[test]
fn mut_binding_pattern() {
    // Python: [s + "!" for s in words]
    let words = vec!["a".to_string(), "b".to_string()];
    let v = comp![{ s.push('!'); s } for mut s in words];
    assert_eq!(v, vec!["a!", "b!"]);
}

#[test]
fn rest_pattern_and_slice_pattern() {
    // Python: [first for first, *_ in rows], [rest for _, *rest in rows]
    let rows = [(1, 'a', true), (2, 'b', false)];
    assert_eq!(comp![a for (a, ..) in rows], vec![1, 2]);
    let lists = vec![vec![1, 2, 3], vec![4]];
    let v = comp![rest.len() for [_, rest @ ..] in lists.iter().map(|l| l.as_slice()).filter(|l| !l.is_empty()).map(|l| (l[0], &l[1..])).map(|(a, r)| [a as usize, r.len()])];
    assert_eq!(v, vec![1, 1]);
}

#[test]
fn if_let_slice_pattern_starred() {
    // Python: [(first, rest) for first, *rest in rows if rest]
    let rows = vec![vec![1, 2, 3], vec![4], vec![]];
    let v = comp![(*first, rest.to_vec()) for row in &rows if let [first, rest @ ..] = row.as_slice() if !rest.is_empty()];
    assert_eq!(v, vec![(1, vec![2, 3])]);
}

// Python: def common(a, b): return (w for w in a if w in b)
fn common<'a>(a: &'a [&'a str], b: &'a HashSet<&str>) -> impl Iterator<Item = &'a str> + 'a {
    comp!((*w for w in a if b.contains(w)))
}

#[test]
fn returned_lazy_filter_capturing_param() {
    // Python: return (w for w in a if w in b)
    let b = HashSet::from(["x", "z"]);
    let a = ["x", "y", "z"];
    assert_eq!(common(&a, &b).collect::<Vec<_>>(), vec!["x", "z"]);
}

// Python: def product(xs, ys): return ((x, y) for x in xs for y in ys)
fn product<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = (i32, i32)> + 'a {
    // (own slip, as by hand with flat_map: without `move`, rustc: "error[E0373]: closure may
    // outlive the current function, but it borrows `ys`" with help `comp!(move (..))`, exact)
    comp!(move ((*x, *y) for x in xs for y in ys))
}

#[test]
fn returned_lazy_nested_borrowing_two_params() {
    // Python: return ((x, y) for x in xs for y in ys)
    assert_eq!(
        product(&[1, 2], &[3]).collect::<Vec<_>>(),
        vec![(1, 3), (2, 3)]
    );
}

// ---------------------------------------------------------------------------
// 15. coercions through the expected type, trait-generic repos, channels

#[test]
fn dict_values_coerced_to_boxed_fn() {
    // Python: ops = {name: (lambda x, k=k: x * k) for name, k in [("double", 2), ("triple", 3)]}
    let ops: HashMap<&str, Box<dyn Fn(i32) -> i32>> =
        comp!({name: Box::new(move |x| x * k) for (name, k) in [("double", 2), ("triple", 3)]});
    assert_eq!(ops["double"](5), 10);
    assert_eq!(ops["triple"](5), 15);
}

#[test]
fn list_of_dyn_refs_coerced() {
    // Python: shapes: list[Shape] = [s for s in squares]
    let squares = [Sq(1.0), Sq(3.0)];
    let shapes: Vec<&dyn Shape> = comp![s for s in &squares];
    assert_eq!(comp![s.area() for s in shapes], vec![1.0, 9.0]);
}

#[test]
fn list_of_rc_dyn_coerced() {
    // Python: shapes = [Circle(r) for r in radii]
    let shapes: Vec<std::rc::Rc<dyn Shape>> =
        comp![std::rc::Rc::new(Circle(r)) for r in [1.0, 2.0]];
    assert_eq!(shapes[1].area(), 12.0);
}

#[test]
fn boxed_dyn_iterator_returned() {
    // Python: return (x * 2 for x in xs) if fast else iter([])
    fn evens(xs: &[i32], on: bool) -> Box<dyn Iterator<Item = i32> + '_> {
        if on {
            Box::new(comp!((x * 2 for x in xs)))
        } else {
            Box::new(std::iter::empty())
        }
    }
    assert_eq!(evens(&[1, 2], true).collect::<Vec<_>>(), vec![2, 4]);
    assert_eq!(evens(&[1, 2], false).count(), 0);
}

trait HasId {
    fn id(&self) -> u32;
}

impl HasId for Item {
    fn id(&self) -> u32 {
        self.price
    }
}

struct Repo<T> {
    rows: Vec<T>,
}

impl<T> Repo<T>
where
    T: HasId + Clone,
{
    // Python: return {r.id: r for r in self.rows}
    fn by_id(&self) -> HashMap<u32, &T> {
        comp!({r.id(): r for r in &self.rows})
    }
    // Python: return [r for r in self.rows if r.id in ids]
    fn pick(&self, ids: &[u32]) -> Vec<T> {
        comp![r.clone() for r in &self.rows if ids.contains(&r.id())]
    }
    // Python: return (r.id for r in self.rows)
    fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        comp!((r.id() for r in &self.rows))
    }
}

#[test]
fn generic_repo_methods() {
    // Python: {r.id: r for r in self.rows}
    let repo = Repo {
        rows: Inventory::new().items,
    };
    let m = repo.by_id();
    assert_eq!(m[&25].name, "hammer");
    assert_eq!(repo.pick(&[1, 3]).len(), 2);
    assert_eq!(repo.ids().collect::<Vec<_>>(), vec![3, 4, 25, 1]);
}

// Python: def clean(xs): return [s.strip() for s in xs]
fn clean(xs: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<String> {
    comp![s.as_ref().trim().to_string() for s in xs]
}

#[test]
fn impl_trait_argument_position() {
    // Python: [s.strip() for s in xs]
    assert_eq!(clean([" a ", "b "]), vec!["a", "b"]);
    assert_eq!(clean(vec![" c".to_string()]), vec!["c"]);
}

// Python: def pad(xs): return [x for x in xs] + [0] * (N - len(xs))
fn pad<const N: usize>(xs: [i32; N]) -> Vec<i32> {
    comp![x * 2 for x in xs]
}

#[test]
fn const_generic_array() {
    // Python: [x * 2 for x in xs]
    assert_eq!(pad([1, 2, 3]), vec![2, 4, 6]);
}

#[tokio::test]
async fn async_for_over_channel_receiver() {
    // Python: [msg async for msg in queue_reader if msg != "skip"]
    let (tx, rx) = futures::channel::mpsc::unbounded();
    for m in ["a", "skip", "b"] {
        tx.unbounded_send(m.to_string()).unwrap();
    }
    drop(tx);
    let v = acomp![msg async for msg in rx if msg != "skip"];
    assert_eq!(v, vec!["a", "b"]);
}

#[tokio::test]
async fn async_for_over_stream_take() {
    // Python: [x async for x in islice(aiter, 3)]
    let s = stream::iter(0..);
    let v = acomp![x * x async for x in s.take(3)];
    assert_eq!(v, vec![0, 1, 4]);
}

#[tokio::test(start_paused = true)]
async fn concurrency_let_after_last_for_with_await() {
    // Python: [len(body) for u in urls for body in [await fetch(u)] if len(body) > 3]
    let urls = ["a", "bcd"];
    let t = Instant::now();
    let v = acomp![body.len() for u in urls let body = fetch(u).await if body.len() > 3; concurrency = 2];
    assert_eq!(v, vec![5]);
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn concurrency_owned_outer_string_var() {
    // Python: [await fetch(f"{h}/{p}") for h in hosts for p in paths]
    let hosts = vec!["h1".to_string(), "h2".to_string()];
    let paths = ["x"];
    let v = acomp![fetch(&format!("{h}/{p}")).await for h in hosts for p in paths; concurrency = 2];
    assert_eq!(v, vec!["<h1/x>", "<h2/x>"]);
}

#[tokio::test(start_paused = true)]
async fn concurrency_returns_refs_into_cache() {
    // Python: [cache[k] for k in keys if await ready(k)]
    let cache: HashMap<i32, String> = [
        (1, "one".to_string()),
        (2, "two".to_string()),
        (3, "three".to_string()),
    ]
    .into_iter()
    .collect();
    let keys = [1, 2, 3];
    let v = acomp![&cache[&k] for k in keys if is_valid(k).await; concurrency = 3];
    assert_eq!(v, vec!["one", "two"]);
}

#[tokio::test(start_paused = true)]
async fn join_handle_question_mark() {
    // Python: results = [await t for t in tasks]  (task exceptions propagate)
    async fn collect_all(xs: Vec<i32>) -> Result<Vec<i32>, tokio::task::JoinError> {
        let tasks = comp![tokio::spawn(double(x)) for x in xs];
        acomp![t.await? for t in tasks]
    }
    assert_eq!(collect_all(vec![1, 2]).await.unwrap(), vec![2, 4]);
}

#[tokio::test(start_paused = true)]
async fn timeout_per_item_if_let() {
    // Python: [r for u in urls if (r := await wait_for(fetch(u), 0.05, default=None))]
    let urls = ["a", "b"];
    let v = acomp![r for u in urls if let Ok(r) = tokio::time::timeout(Duration::from_millis(150), fetch(u)).await; concurrency = 2];
    assert_eq!(v, vec!["<a>", "<b>"]);
    let none = acomp![r for u in urls if let Ok(r) = tokio::time::timeout(Duration::from_millis(50), fetch(u)).await];
    assert!(none.is_empty());
}

struct Feed {
    ids: Vec<i32>,
}

impl Feed {
    // Python: async def stream(self): for i in self.ids: yield await double(i)
    fn stream(&self) -> impl futures::Stream<Item = i32> + '_ {
        acomp!((double(*i).await for i in &self.ids))
    }
}

#[tokio::test(start_paused = true)]
async fn method_returns_lazy_stream_over_self() {
    // Python: [x async for x in feed.stream()]
    let f = Feed { ids: vec![1, 2] };
    let v = acomp![x async for x in f.stream()];
    assert_eq!(v, vec![2, 4]);
}

// ---------------------------------------------------------------------------
// 16. `?` in every position

use std::num::ParseIntError;

#[test]
fn question_in_closure_belongs_to_closure() {
    // Python: [safe_double(s) for s in raw]  (safe_double returns an error value)
    let raw = ["2", "x"];
    let v = comp![(|| -> Result<i32, ParseIntError> { Ok(s.parse::<i32>()? * 2) })() for s in raw];
    assert_eq!(v[0], Ok(4));
    assert!(v[1].is_err());
}

#[tokio::test(start_paused = true)]
async fn question_in_async_block_element_of_comp() {
    // Python: tasks = [safe_get(p) for p in paths]; await gather(*tasks)
    let c = Client { base: "h".into() };
    let paths = ["a", "bad"];
    let futs = comp![async { Ok::<_, String>(c.get(p).await?.len()) } for p in paths];
    let v = futures::future::join_all(futs).await;
    assert_eq!(v, vec![Ok(3), Err("404 bad".to_string())]);
}

#[test]
fn nested_fallible_comprehension_per_row() {
    // Python: [[int(s) for s in row] for row in rows]  (each row may fail on its own)
    let rows = vec![vec!["1", "2"], vec!["x"]];
    let v = comp![[s.parse::<i32>()? for s in row] for row in &rows];
    assert_eq!(v[0], Ok(vec![1, 2]));
    assert!(v[1].is_err());
}

#[test]
fn nested_fallible_comprehension_propagated() {
    // Python: [[int(s) for s in row] for row in rows]  (any failure fails all)
    fn parse(rows: &[Vec<&str>]) -> Result<Vec<Vec<i32>>, ParseIntError> {
        comp![[s.parse::<i32>()? for s in row]? for row in rows]
    }
    assert_eq!(
        parse(&[vec!["1"], vec!["2", "3"]]),
        Ok(vec![vec![1], vec![2, 3]])
    );
    assert!(parse(&[vec!["1"], vec!["y"]]).is_err());
}

#[test]
fn question_in_first_iterable() {
    // Python: [x * 2 for x in load()]  (load may raise)
    fn load(ok: bool) -> Result<Vec<i32>, String> {
        if ok {
            Ok(vec![1, 2])
        } else {
            Err("io".into())
        }
    }
    fn run(ok: bool) -> Result<Vec<i32>, String> {
        comp![x * 2 for x in load(ok)?]
    }
    assert_eq!(run(true), Ok(vec![2, 4]));
    assert_eq!(run(false), Err("io".to_string()));
}

#[test]
fn question_in_filter_and_let_clause() {
    // Python: [n for s in raw if int(s) > 0 for n in [int(s) * 10]]
    fn run(raw: &[&str]) -> Result<Vec<i32>, ParseIntError> {
        comp![n for s in raw if s.parse::<i32>()? > 0 let n: i32 = s.parse::<i32>()? * 10]
    }
    assert_eq!(run(&["1", "-2", "3"]), Ok(vec![10, 30]));
    assert!(run(&["1", "z"]).is_err());
}

#[test]
fn question_in_dict_key_and_value() {
    // Python: {int(k): int(v) for k, v in pairs}
    let pairs = [("1", "10"), ("2", "20")];
    let m: Result<HashMap<i32, i32>, ParseIntError> =
        comp!({k.parse()?: v.parse()? for (k, v) in pairs});
    assert_eq!(m.unwrap()[&2], 20);
}

#[test]
fn question_with_map_err_to_string() {
    // Python: {name: int(v) for name, v in rows}  (errors reported as text)
    fn run(rows: &[(&str, &str)]) -> Result<HashMap<String, u8>, String> {
        comp!({name.to_string(): v.parse::<u8>().map_err(|e| format!("{name}: {e}"))? for (name, v) in rows})
    }
    assert_eq!(run(&[("a", "1")]).unwrap()["a"], 1);
    assert_eq!(
        run(&[("a", "1"), ("b", "300")]),
        Err("b: number too large to fit in target type".to_string())
    );
}

#[test]
fn question_with_walrus() {
    // Python: [n for s in raw if (n := int(s)) % 2 == 0]
    fn run(raw: &[&str]) -> Result<Vec<i32>, ParseIntError> {
        comp![n for s in raw if (n := s.parse::<i32>()?) % 2 == 0]
    }
    assert_eq!(run(&["1", "2", "4"]), Ok(vec![2, 4]));
    assert!(run(&["q"]).is_err());
}

#[test]
fn question_inside_format_args() {
    // Python: [f"#{int(s):03}" for s in raw]
    fn run(raw: &[&str]) -> Result<Vec<String>, ParseIntError> {
        comp![format!("#{:03}", s.parse::<i32>()?) for s in raw]
    }
    assert_eq!(
        run(&["7", "42"]),
        Ok(vec!["#007".to_string(), "#042".to_string()])
    );
}

#[test]
fn lazy_question_sum_into_result() {
    // Python: sum(int(s) for s in raw)  (raises on bad input)
    let raw = ["1", "2"];
    let total: Result<i32, ParseIntError> = comp!((s.parse::<i32>()? for s in raw)).sum();
    assert_eq!(total, Ok(3));
}

// ---------------------------------------------------------------------------
// 17. loops and macros inside the element

#[test]
fn element_block_with_loop_break_value() {
    // Python: [odd_part(x) for x in xs]  (odd_part: while n % 2 == 0: n //= 2)
    let xs = [12, 7, 8];
    let v = comp![{ let mut n = x; loop { if n % 2 == 1 { break n; } n /= 2; } } for x in xs];
    assert_eq!(v, vec![3, 7, 1]);
}

#[test]
fn element_block_with_inner_for_continue() {
    // Python: [sum(d for d in digits(x) if d != 0) for x in xs]
    let xs = [105, 20];
    let v = comp![{ let mut s = 0; for d in x.to_string().chars() { if d == '0' { continue; } s += d.to_digit(10).unwrap(); } s } for x in xs];
    assert_eq!(v, vec![6, 2]);
}

#[test]
fn element_while_with_break() {
    // Python: [next(i for i in count(x) if i % 7 == 0) for x in xs]
    let xs = [1, 8];
    let v =
        comp![{ let mut i = x; while i % 7 != 0 { i += 1; if i > 100 { break; } } i } for x in xs];
    assert_eq!(v, vec![7, 14]);
}

#[test]
fn matches_macro_with_or_pattern_and_guard() {
    // Python: [c for c in s if c.islower() or c.isdigit()], [x for x in xs if x is not None and x > 0]
    let s = "aB3-";
    assert_eq!(
        comp![c for c in s.chars() if matches!(c, 'a'..='z' | '0'..='9')],
        vec!['a', '3']
    );
    let xs = [Some(1), None, Some(-1)];
    assert_eq!(
        comp![x for x in xs if matches!(x, Some(n) if n > 0)],
        vec![Some(1)]
    );
}

#[test]
fn write_macro_in_element_block() {
    // Python: ["".join(f"{b:02x}" for b in chunk) for chunk in chunks]
    use std::fmt::Write;
    let chunks = [vec![1u8, 255], vec![16]];
    let v = comp![{ let mut s = String::new(); for b in c { write!(s, "{b:02x}").unwrap(); } s } for c in &chunks];
    assert_eq!(v, vec!["01ff", "10"]);
}

#[test]
fn format_named_arg_with_conditional() {
    // Python: [f"{x:>{w if w > 0 else 1}}" for x, w in rows]
    let rows = [("a", 3), ("b", 0)];
    let v = comp![format!("{x:>width$}", width = w if w > 0 else 1) for (x, w) in rows];
    assert_eq!(v, vec!["  a", "b"]);
}

#[test]
fn format_with_chained_comparison() {
    // Python: [f"{x}:{0 < x < 5}" for x in xs]
    let xs = [3, 9];
    let v = comp![format!("{x}:{}", 0 < x < 5) for x in xs];
    assert_eq!(v, vec!["3:true", "9:false"]);
}

#[test]
fn eager_move_comprehension() {
    // Python: [len(prefix) + x for x in xs]
    let prefix = String::from("abc");
    let xs = vec![1, 2];
    let v = comp!(move [prefix.len() + x for x in xs]);
    assert_eq!(v, vec![4, 5]);
}

#[test]
fn assert_inside_element_block() {
    // Python: [check(x) for x in xs]  (check asserts 0 <= x < 10)
    let xs = [1, 2];
    let v = comp![{ assert!(0 <= x < 10); x * 3 } for x in xs];
    assert_eq!(v, vec![3, 6]);
}

// ---------------------------------------------------------------------------
// 18. typed `let` clauses and colons in set and dict displays

#[test]
fn set_with_typed_let_clause() {
    // Python: {n for k in keys for n in [len(k)]}
    let keys = ["ab", "cd", "efg"];
    let s = comp!({n for k in keys let n: usize = k.len()});
    assert_eq!(s, HashSet::from([2, 3]));
}

#[test]
fn dict_with_typed_let_clause() {
    // Python: {k: n for k in keys for n in [len(k)]}
    let keys = ["ab", "efg"];
    let m = comp!({k: n for k in keys let n: usize = k.len()});
    assert_eq!(m["efg"], 3);
}

#[test]
fn set_with_typed_closure_in_let_clause() {
    // Python: {f(x) for x in xs for f in [lambda v: v % 3]}
    let xs = [1, 4, 5];
    let s = comp!({f(x) for x in xs let f = |v: i32| v % 3});
    assert_eq!(s, HashSet::from([1, 2]));
}

#[test]
fn set_with_typed_parse_let_clause() {
    // Python: {float(s) > 1 for s in raw}
    let raw = ["0.5", "2.5"];
    let s = comp!({big for s in raw let f: f64 = s.parse().unwrap() let big = f > 1.0});
    assert_eq!(s, HashSet::from([false, true]));
}

#[test]
fn lazy_with_typed_let_clause() {
    // Python: sum(n for s in raw for n in [int(s)])
    let raw = ["1", "2"];
    let total: i64 = comp!((n for s in raw let n: i64 = s.parse().unwrap())).sum();
    assert_eq!(total, 3);
}

#[tokio::test(start_paused = true)]
async fn async_set_with_typed_let_clause() {
    // Python: {n % 4 for x in xs for n in [await double(x)]}
    let xs = [1, 2, 3];
    let s = acomp!({n % 4 for x in xs let n: i32 = double(x).await});
    assert_eq!(s, HashSet::from([0, 2]));
}

#[test]
fn bare_form_with_parens_and_braces() {
    // Python: [x + 1 for x in xs]
    let xs = [1, 2];
    assert_eq!(comp!(x + 1 for x in xs), vec![2, 3]);
    assert_eq!(comp! {x + 1 for x in xs}, vec![2, 3]);
}

// ---------------------------------------------------------------------------
// 19. concurrency over streams, &mut items, borrowed tuples

#[tokio::test(start_paused = true)]
async fn concurrency_over_iter_mut_items() {
    // Python: await asyncio.gather(*[bump(i) for i in items])
    let mut items = Inventory::new().items;
    let t = Instant::now();
    let v = acomp![{ let q = double(i.qty as i32).await; i.qty += 1; q } for i in items.iter_mut(); concurrency = 4];
    assert_eq!(v, vec![20, 0, 4, 1000]);
    assert_eq!(comp![i.qty for i in &items], vec![11, 1, 3, 501]);
    assert_eq!(t.elapsed(), Duration::from_millis(10));
}

#[tokio::test(start_paused = true)]
async fn concurrency_over_async_for_source() {
    // Python: [await fetch(u) async for u in url_feed]  (gathered 3 at a time)
    let feed = stream::iter(vec!["a", "b", "c"]);
    let t = Instant::now();
    let v = acomp![fetch(u).await async for u in feed; concurrency = 3];
    assert_eq!(v, vec!["<a>", "<b>", "<c>"]);
    assert_eq!(t.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn concurrency_async_for_then_sync_for() {
    // Python: [await fetch(f"{h}/{p}") async for h in host_feed for p in paths]
    let feed = stream::iter(vec!["h1", "h2"]);
    let paths = ["x", "y"];
    let t = Instant::now();
    let v = acomp![fetch(&format!("{h}/{p}")).await async for h in feed for p in paths; concurrency = 4];
    assert_eq!(v, vec!["<h1/x>", "<h1/y>", "<h2/x>", "<h2/y>"]);
    assert!(t.elapsed() <= Duration::from_millis(200));
}

#[tokio::test(start_paused = true)]
async fn concurrency_lazy_over_mut_stream_unordered() {
    // Python: async for r in as_completed([slow(d) async for d in feed]): ...
    async fn slow(d: u64) -> u64 {
        sleep(Duration::from_millis(d)).await;
        d
    }
    let mut feed = stream::iter(vec![30u64, 10, 20]);
    let got: Vec<u64> =
        acomp!((slow(d).await async for d in &mut feed); concurrency = 3, unordered)
            .collect()
            .await;
    assert_eq!(got, vec![10, 20, 30]);
}

#[tokio::test(start_paused = true)]
async fn concurrency_tuple_with_borrowed_loop_var() {
    // Python: [(u, await fetch(u)) for u in urls]
    let urls = vec!["a".to_string(), "b".to_string()];
    let v = acomp![(u, fetch(u).await) for u in &urls; concurrency = 2];
    assert_eq!(
        v,
        vec![(&urls[0], "<a>".to_string()), (&urls[1], "<b>".to_string())]
    );
}

#[tokio::test(start_paused = true)]
async fn concurrency_dict_with_walrus_filter() {
    // Python: {u: body for u in urls if len(body := await fetch(u)) > 3}
    let urls = ["a", "bcd"];
    let m = acomp!({u: body for u in urls if (body := fetch(u).await).len() > 3; concurrency = 2});
    assert_eq!(m.len(), 1);
    assert_eq!(m["bcd"], "<bcd>");
}
