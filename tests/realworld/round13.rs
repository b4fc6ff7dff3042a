//! Round 13: lazy forms (generator expressions) flowing through real code,
//! nested generators in calls, async generators, comprehensions as
//! statements, and the parentheses a Python user adds.

use comprehensions::{acomp, comp};
use std::collections::{HashMap, HashSet};
use std::pin::Pin;
use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};
use tokio::time::{sleep, Instant};

// ---------------------------------------------------------------------------
// 1. generators returned from functions

// Python:
// def evens(xs):
//     return (x for x in xs if x % 2 == 0)
fn evens(xs: &[i32]) -> impl Iterator<Item = i32> + '_ {
    comp!((x for x in xs.iter().copied() if x % 2 == 0))
}

#[test]
fn returned_impl_iterator_borrowing() {
    // Python: list(evens([1, 2, 3, 4, 6]))
    let xs = vec![1, 2, 3, 4, 6];
    let got: Vec<i32> = evens(&xs).collect();
    assert_eq!(got, vec![2, 4, 6]);
}

// Python:
// def scaled(xs, k):
//     return (x * k for x in xs)
fn scaled(xs: &[i64], k: i64) -> impl Iterator<Item = i64> + '_ {
    comp!(move (x * k for x in xs))
}

#[test]
fn returned_impl_iterator_move_captures_k() {
    let xs = [1i64, 2, 3];
    let mut expected = Vec::new();
    for x in &xs {
        expected.push(x * 10);
    }
    assert_eq!(scaled(&xs, 10).collect::<Vec<_>>(), expected);
}

// Python:
// def squares(n):
//     return (i * i for i in range(n))
fn squares(n: u64) -> impl Iterator<Item = u64> {
    comp!(move (i * i for i in 0..n))
}

#[test]
fn returned_impl_iterator_owned_range() {
    assert_eq!(squares(5).collect::<Vec<_>>(), vec![0, 1, 4, 9, 16]);
    // Python: sum(squares(4))
    assert_eq!(squares(4).sum::<u64>(), 14);
}

// Python:
// def words_upper(text):
//     return (w.upper() for w in text.split())
fn words_upper(text: &str) -> Box<dyn Iterator<Item = String> + '_> {
    Box::new(comp!((w.to_uppercase() for w in text.split_whitespace())))
}

#[test]
fn returned_box_dyn_iterator() {
    let got: Vec<String> = words_upper("ab cd  ef").collect();
    assert_eq!(got, vec!["AB", "CD", "EF"]);
}

// Python:
// def pick(xs, positive):
//     if positive:
//         return (x for x in xs if x > 0)
//     return (x for x in xs if x < 0)
fn pick(xs: &[i32], positive: bool) -> Box<dyn Iterator<Item = &i32> + '_> {
    if positive {
        Box::new(comp!((x for x in xs if *x > 0)))
    } else {
        Box::new(comp!((x for x in xs if *x < 0)))
    }
}

#[test]
fn returned_box_dyn_iterator_two_branches() {
    let xs = [-2, 5, 0, -1, 3];
    assert_eq!(pick(&xs, true).copied().collect::<Vec<_>>(), vec![5, 3]);
    assert_eq!(pick(&xs, false).copied().collect::<Vec<_>>(), vec![-2, -1]);
}

// Python:
// def pairs(n):
//     return ((i, j) for i in range(n) for j in range(i + 1, n))
fn pairs(n: usize) -> impl Iterator<Item = (usize, usize)> {
    comp!(move ((i, j) for i in 0..n for j in i + 1..n))
}

#[test]
fn returned_nested_pairs() {
    let mut expected = Vec::new();
    for i in 0..4 {
        for j in i + 1..4 {
            expected.push((i, j));
        }
    }
    assert_eq!(pairs(4).collect::<Vec<_>>(), expected);
}

// Python:
// def chars_of(words):
//     return (c for w in words for c in w)
fn chars_of(words: Vec<String>) -> impl Iterator<Item = char> {
    comp!(move (c for w in words for c in w.chars()))
}

#[test]
fn returned_flatten_owned_strings() {
    let words = vec!["ab".to_string(), "c".to_string()];
    assert_eq!(chars_of(words).collect::<String>(), "abc");
}

// Python:
// class Pipeline:
//     def __init__(self, source): self.source = source
//     def __next__(self): return next(self.source)
struct Pipeline<I: Iterator<Item = u32>> {
    source: I,
    seen: usize,
}

impl<I: Iterator<Item = u32>> Pipeline<I> {
    fn pull(&mut self) -> Option<u32> {
        self.seen += 1;
        self.source.next()
    }
}

#[test]
fn generator_stored_in_generic_struct_field() {
    // Python: p = Pipeline(x * 3 for x in range(4))
    let mut p = Pipeline {
        source: comp!((x * 3 for x in 0..4u32)),
        seen: 0,
    };
    assert_eq!(p.pull(), Some(0));
    assert_eq!(p.pull(), Some(3));
    assert_eq!(p.pull(), Some(6));
    assert_eq!(p.seen, 3);
}

fn total_len(items: impl IntoIterator<Item = usize>) -> usize {
    let mut t = 0;
    for i in items {
        t += i;
    }
    t
}

#[test]
fn generator_passed_to_impl_into_iterator() {
    // Python: total_len(len(w) for w in words)
    let words = ["alpha", "be", "gamma"];
    assert_eq!(total_len(comp!((w.len() for w in words))), 12);
}

fn take_two(it: &mut dyn Iterator<Item = i32>) -> Vec<i32> {
    let mut out = Vec::new();
    for _ in 0..2 {
        if let Some(x) = it.next() {
            out.push(x);
        }
    }
    out
}

#[test]
fn generator_passed_as_mut_dyn_iterator() {
    // Python: g = (x - 1 for x in xs); first = take_two(g); rest = list(g)
    let xs = [10, 20, 30, 40];
    let mut g = comp!((x - 1 for x in xs.iter()));
    let first = take_two(&mut g);
    let rest: Vec<i32> = g.collect();
    assert_eq!(first, vec![9, 19]);
    assert_eq!(rest, vec![29, 39]);
}

// ---------------------------------------------------------------------------
// 1b. iterator adapters on generators

#[test]
fn generator_zip_generator() {
    // Python: list(zip((x for x in a), (y * 2 for y in b)))
    let a = [1, 2, 3];
    let b = [4, 5];
    let got: Vec<(i32, i32)> = comp!((x for x in a))
        .zip(comp!((y * 2 for y in b)))
        .collect();
    assert_eq!(got, vec![(1, 8), (2, 10)]);
}

#[test]
fn generator_chain() {
    // Python: list(itertools.chain((x for x in a if x), (y for y in b)))
    let a = [0, 1, 0, 2];
    let b = [7];
    let got: Vec<i32> = comp!((x for x in a if x != 0))
        .chain(comp!((y for y in b)))
        .collect();
    assert_eq!(got, vec![1, 2, 7]);
}

#[test]
fn generator_enumerate() {
    // Python: [(i, w) for i, w in enumerate(w.strip() for w in lines)]
    let lines = [" a ", "b  ", "  c"];
    let got = comp![(i, w) for (i, w) in comp!((l.trim() for l in lines)).enumerate()];
    assert_eq!(got, vec![(0, "a"), (1, "b"), (2, "c")]);
}

#[test]
fn generator_peekable() {
    // Python: tokens = more_itertools.peekable(t.lower() for t in toks)
    let toks = ["IF", "x", "THEN"];
    let mut it = comp!((t.to_lowercase() for t in toks)).peekable();
    assert_eq!(it.peek().map(String::as_str), Some("if"));
    assert_eq!(it.next().as_deref(), Some("if"));
    assert_eq!(it.peek().map(String::as_str), Some("x"));
}

#[test]
fn generator_take_while() {
    // Python: list(itertools.takewhile(lambda s: s < 10, (x * x for x in count())))
    let got: Vec<u32> = comp!((x * x for x in 0..))
        .take_while(|s| *s < 10)
        .collect();
    assert_eq!(got, vec![0, 1, 4, 9]);
}

#[test]
fn generator_step_by() {
    // Python: list(itertools.islice((x + 100 for x in range(10)), 0, None, 3))
    let got: Vec<i32> = comp!((x + 100 for x in 0..10)).step_by(3).collect();
    assert_eq!(got, vec![100, 103, 106, 109]);
}

#[test]
fn generator_rev() {
    // Python: list(reversed([x * 2 for x in range(4)]))  (reversed needs a sequence)
    let got: Vec<i32> = comp!((x * 2 for x in 0..4)).rev().collect();
    assert_eq!(got, vec![6, 4, 2, 0]);
}

#[test]
fn generator_rev_with_filter() {
    // Python: list(reversed([x for x in xs if x > 1]))
    let xs = [3, 1, 2, 0, 5];
    let got: Vec<i32> = comp!((x for x in xs.iter().copied() if x > 1))
        .rev()
        .collect();
    assert_eq!(got, vec![5, 2, 3]);
}

#[test]
fn generator_fold() {
    // Python: functools.reduce(lambda acc, d: acc * 10 + d, (int(c) for c in "4096"), 0)
    let n =
        comp!((c.to_digit(10).unwrap() for c in "4096".chars())).fold(0u32, |acc, d| acc * 10 + d);
    assert_eq!(n, 4096);
}

#[test]
fn generator_min_by_key() {
    // Python: min(((name, abs(t - 20)) for name, t in temps), key=lambda p: p[1])
    let temps = [("oslo", 4), ("rome", 22), ("cairo", 31)];
    let best = comp!(((name, (t - 20i32).abs()) for (name, t) in temps)).min_by_key(|p| p.1);
    assert_eq!(best, Some(("rome", 2)));
}

#[test]
fn generator_position() {
    // Python: next((i for i, x in enumerate(xs) if x < 0), None)
    let xs = [3, 4, -1, 5];
    let pos = comp!((x for x in xs)).position(|x| x < 0);
    assert_eq!(pos, Some(2));
}

#[test]
fn generator_any_all() {
    // Python: any(x > 3 for x in xs), all(x > 0 for x in xs)
    let xs = [1, 2, 5];
    assert!(comp!((x > 3 for x in xs)).any(|b| b));
    assert!(comp!((x > 0 for x in xs)).all(|b| b));
    assert!(!comp!((x > 1 for x in xs)).all(|b| b));
}

#[test]
fn generator_collect_string() {
    // Python: "".join(c.upper() for c in s if c.isalpha())
    let s = "a1b2-c";
    let got: String =
        comp!((c.to_ascii_uppercase() for c in s.chars() if c.is_alphabetic())).collect();
    assert_eq!(got, "ABC");
}

#[test]
fn generator_unzip() {
    // Python: names, ages = zip(*((p.name, p.age) for p in people))
    let people = [("ann", 31u8), ("bob", 25)];
    let (names, ages): (Vec<&str>, Vec<u8>) = comp!(((n, a) for (n, a) in people)).unzip();
    assert_eq!(names, vec!["ann", "bob"]);
    assert_eq!(ages, vec![31, 25]);
}

#[test]
fn generator_partition() {
    // Python: ok = [r for r in rs if r >= 0]; bad = [r for r in rs if r < 0]
    let rs = [1, -2, 3, -4];
    let (ok, bad): (Vec<i32>, Vec<i32>) = comp!((r * 10 for r in rs)).partition(|r| *r >= 0);
    assert_eq!(ok, vec![10, 30]);
    assert_eq!(bad, vec![-20, -40]);
}

// ---------------------------------------------------------------------------
// 2. nested generators inside calls

#[test]
fn sum_of_row_generators() {
    // Python: [sum(x for x in row) for row in matrix]
    let matrix = vec![vec![1, 2, 3], vec![4, 5], vec![]];
    let got = comp![(x for x in row).sum::<i32>() for row in &matrix];
    assert_eq!(got, vec![6, 9, 0]);
}

#[test]
fn sum_of_row_generators_iterator_sum() {
    // Python: [sum(x for x in row) for row in matrix]
    let matrix = vec![vec![1, 2, 3], vec![4, 5]];
    let got = comp![Iterator::sum::<i32>(x for x in row) for row in &matrix];
    assert_eq!(got, vec![6, 9]);
}

#[test]
fn max_len_default_zero() {
    // Python: max((len(w) for w in words), default=0)
    let words = ["kiwi", "banana", "fig"];
    let empty: [&str; 0] = [];
    assert_eq!(comp!((w.len() for w in words)).max().unwrap_or(0), 6);
    assert_eq!(comp!((w.len() for w in empty)).max().unwrap_or(0), 0);
}

fn is_prime(n: u32) -> bool {
    n >= 2 && (2..n).all(|d| n % d != 0)
}

#[test]
fn any_predicate_over_generator() {
    // Python: any(is_prime(x) for x in xs)
    let xs = [4, 6, 9, 11];
    assert!(comp!((is_prime(x) for x in xs)).any(|p| p));
    let ys = [4, 6, 9];
    assert!(!comp!((is_prime(y) for y in ys)).any(|p| p));
}

#[test]
fn join_alnum_chars() {
    // Python: "".join(c for c in s if c.isalnum())
    let s = "Hello, World! 42";
    let got: String = comp!((c for c in s.chars() if c.is_alphanumeric())).collect();
    let mut expected = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            expected.push(c);
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn generator_in_filter_of_list() {
    // Python: [w for w in words if any(c.isdigit() for c in w)]
    let words = ["abc", "a1", "42", "x"];
    let got = comp![w for w in words if (c.is_ascii_digit() for c in w.chars()).any(|b| b)];
    assert_eq!(got, vec!["a1", "42"]);
}

#[test]
fn generator_in_element_and_filter() {
    // Python: [(name, sum(s for s in scores)) for name, scores in rows if all(s >= 0 for s in scores)]
    let rows = vec![("a", vec![1, 2]), ("b", vec![-1, 5]), ("c", vec![])];
    let got = comp![(name, (s for s in scores).sum::<i32>()) for (name, scores) in &rows if (*s >= 0 for s in scores).all(|b| b)];
    assert_eq!(got, vec![(&"a", 3), (&"c", 0)]);
}

#[test]
fn generator_as_first_iterable() {
    // Python: [y for y in (x * x for x in xs) if y > 4]
    let xs = [1, 2, 3, 4];
    let got = comp![y for y in (x * x for x in xs) if y > 4];
    assert_eq!(got, vec![9, 16]);
}

#[test]
fn generator_as_first_iterable_comp_call() {
    // Python: [y for y in (x * x for x in xs) if y > 4]
    let xs = [1, 2, 3, 4];
    let got = comp![y for y in comp!((x * x for x in xs)) if y > 4];
    assert_eq!(got, vec![9, 16]);
}

fn divisors(n: u32) -> Vec<u32> {
    (1..=n).filter(|d| n % d == 0).collect()
}

#[test]
fn inner_loop_reuses_outer_name() {
    // Python: list(x for x in xs for x in divisors(x))
    let xs = [4u32, 6];
    let got: Vec<u32> = comp!((x for x in xs for x in divisors(x))).collect();
    let mut expected = Vec::new();
    for a in xs {
        for b in divisors(a) {
            expected.push(b);
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn inner_loop_reuses_outer_name_eager() {
    // Python: [x for x in xs for x in divisors(x)]
    let xs = [4u32, 6];
    let got = comp![x for x in xs for x in divisors(x)];
    assert_eq!(got, vec![1, 2, 4, 1, 2, 3, 6]);
}

#[test]
fn three_levels_of_generators() {
    // Python: sum(sum(sum(c for c in cell) for cell in row) for row in grid)
    let grid = vec![vec![vec![1, 2], vec![3]], vec![vec![4, 5, 6]]];
    let total: i32 =
        comp!(((c for c in cell).sum::<i32>() for cell in row).sum::<i32>() for row in &grid)
            .into_iter()
            .sum();
    let mut expected = 0;
    for row in &grid {
        for cell in row {
            for c in cell {
                expected += c;
            }
        }
    }
    assert_eq!(total, expected);
}

#[test]
fn three_levels_inside_comp() {
    // Python: sum(sum(sum(c for c in cell) for cell in row) for row in grid)
    let grid = vec![vec![vec![1, 2], vec![3]], vec![vec![4, 5, 6]]];
    let total: i32 =
        comp!(((((c for c in cell).sum::<i32>()) for cell in row).sum::<i32>() for row in &grid))
            .sum();
    assert_eq!(total, 21);
}

// Python:
// def flat_lengths(docs):
//     return (len(w) for d in docs for line in d.splitlines() for w in line.split())
fn flat_lengths(docs: &[String]) -> impl Iterator<Item = usize> + '_ {
    comp!(move (w.len() for d in docs for line in d.lines() for w in line.split_whitespace()))
}

#[test]
fn returned_three_level_flatten() {
    let docs = vec!["a bb\nccc".to_string(), "dddd".to_string()];
    assert_eq!(flat_lengths(&docs).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
}

#[test]
fn max_of_generator_inside_dict() {
    // Python: {team: max(p.score for p in players) for team, players in teams.items()}
    let mut teams: HashMap<&str, Vec<u32>> = HashMap::new();
    teams.insert("red", vec![3, 9, 1]);
    teams.insert("blue", vec![4]);
    let best = comp!({team: (s for s in players).max().copied().unwrap_or(0) for (team, players) in &teams});
    assert_eq!(best[&"red"], 9);
    assert_eq!(best[&"blue"], 4);
}

#[test]
fn set_of_generated_keys() {
    // Python: {"".join(sorted(c for c in w)) for w in words}
    let words = ["tea", "eat", "tan", "nat", "bat"];
    let got = comp!({ {
        let mut cs: Vec<char> = comp!((c for c in w.chars())).collect();
        cs.sort();
        cs.into_iter().collect::<String>()
    } for w in words });
    let expected: HashSet<String> = ["aet", "ant", "abt"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(got, expected);
}

// ---------------------------------------------------------------------------
// 5. parentheses a Python user adds

// FOUND (kept: it warns, as by hand; the first iterable's says "function argument", an inner one's "`for` iterator expression"; README Diagnostics): comp![i * i for i in (0..n)] -> warning: unnecessary parentheses around function argument (the reference, section 10, promises the lint a hand-written `for i in (0..n)` gives; rustc says "around `for` iterator expression" there: the wording exposes that the iterable is an argument of the expansion's call)
#[test]
#[allow(unused_parens)] // the Python habit kept on purpose
fn parenthesized_range() {
    // Python: [i * i for i in (range(n))]
    let n = 4;
    let got = comp![i * i for i in (0..n)];
    assert_eq!(got, vec![0, 1, 4, 9]);
}

#[test]
fn parenthesized_element() {
    // Python: list((x) for x in xs)
    let xs = [5, 6];
    let got: Vec<i32> = comp!(((x) for x in xs)).collect();
    assert_eq!(got, vec![5, 6]);
}

#[test]
fn parenthesized_conditional_element() {
    // Python: [(x if x > 0 else 0) for x in xs]
    let xs = [-1, 2, -3];
    let got = comp![(x if x > 0 else 0) for x in xs];
    assert_eq!(got, vec![0, 2, 0]);
}

#[test]
#[allow(unused_parens)] // Python habit kept on purpose; warns as by hand (`if` condition)
fn parenthesized_condition() {
    // Python: [x for x in xs if (x % 2 == 0)]
    let xs = [1, 2, 3, 4];
    let got = comp![x for x in xs if (x % 2 == 0)];
    assert_eq!(got, vec![2, 4]);
}

#[test]
fn parenthesized_tuple_with_conditional() {
    // Python: list((x, ("big" if x > 2 else "small")) for x in xs)
    let xs = [1, 3];
    let got: Vec<(i32, &str)> = comp!(((x, ("big" if x > 2 else "small")) for x in xs)).collect();
    assert_eq!(got, vec![(1, "small"), (3, "big")]);
}

#[test]
fn generator_only_argument_of_call() {
    // Python: total = sum(x * 2 for x in xs)
    let xs = [1, 2, 3];
    let total: i32 = Iterator::sum(comp!((x * 2 for x in xs)));
    assert_eq!(total, 12);
}

fn count_true(it: impl Iterator<Item = bool>) -> usize {
    it.filter(|b| *b).count()
}

#[test]
fn generator_only_argument_of_user_fn() {
    // Python: count_true(x > 1 for x in xs)
    let xs = [1, 2, 3];
    let got = comp![count_true(x > k for x in xs) for k in 0..3];
    assert_eq!(got, vec![3, 2, 1]);
}

// FOUND (same as parenthesized_range): comp!({k: v for (k, v) in (pairs)}) -> warning: unnecessary parentheses around function argument
#[test]
#[allow(unused_parens)]
fn parenthesized_first_iterable_tuple_unpack() {
    // Python: {k: v for (k, v) in (pairs)}
    let pairs = vec![("a", 1), ("b", 2)];
    let d = comp!({k: v for (k, v) in (pairs)});
    assert_eq!(d.len(), 2);
    assert_eq!(d["b"], 2);
}

// ---------------------------------------------------------------------------
// 1c. more returned generators

// Python:
// def nonempty_upper(xs):
//     return (x.upper() for x in xs if x)
fn nonempty_upper(xs: Vec<String>) -> impl Iterator<Item = String> {
    comp!(move (x.to_uppercase() for x in xs if !x.is_empty()))
}

#[test]
fn returned_owned_vec_filter() {
    let xs = vec!["a".to_string(), String::new(), "b".to_string()];
    assert_eq!(nonempty_upper(xs).collect::<Vec<_>>(), vec!["A", "B"]);
}

// Python:
// def parse_all(v):
//     return (int(s) for s in v)
fn parse_all<'a>(
    v: &'a [&'a str],
) -> impl Iterator<Item = Result<i32, std::num::ParseIntError>> + 'a {
    comp!((s.parse::<i32>()? for s in v))
}

#[test]
fn returned_fallible_generator() {
    let v = ["1", "2", "x", "4"];
    let got: Vec<_> = parse_all(&v).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], Ok(1));
    assert_eq!(got[1], Ok(2));
    assert!(got[2].is_err());
    // Python: try: list(parse_all(v)) except ValueError
    let all: Result<Vec<i32>, _> = parse_all(&["7", "8"]).collect();
    assert_eq!(all, Ok(vec![7, 8]));
}

fn score(w: &str) -> i32 {
    w.len() as i32 - 3
}

// Python:
// def good_scores(words):
//     return (s for w in words if (s := score(w)) > 0)
fn good_scores<'a>(words: &'a [&'a str]) -> impl Iterator<Item = i32> + 'a {
    comp!((s for w in words if (s := score(w)) > 0))
}

#[test]
fn returned_walrus_generator() {
    let words = ["a", "abcd", "abcdef", "ab"];
    assert_eq!(good_scores(&words).collect::<Vec<_>>(), vec![1, 3]);
}

// Python:
// def indexed_chars(lines):
//     return ((i, c) for i, line in enumerate(lines) for c in line if c != " ")
fn indexed_chars<'a>(lines: &'a [&'a str]) -> Box<dyn Iterator<Item = (usize, char)> + 'a> {
    Box::new(
        comp!(((i, c) for (i, line) in lines.iter().enumerate() for c in line.chars() if c != ' ')),
    )
}

#[test]
fn returned_box_nested_enumerate() {
    let lines = ["a b", "c"];
    let got: Vec<_> = indexed_chars(&lines).collect();
    assert_eq!(got, vec![(0, 'a'), (0, 'b'), (1, 'c')]);
}

// Python:
// def expand(xs):
//     return (x for x in xs for x in divisors(x))
fn expand(xs: Vec<u32>) -> impl Iterator<Item = u32> {
    comp!(move (x for x in xs for x in divisors(x)))
}

#[test]
fn returned_reused_name_move() {
    assert_eq!(expand(vec![3, 4]).collect::<Vec<_>>(), vec![1, 3, 1, 2, 4]);
}

// FOUND (documented in reference section 12: `move` before the nested display): comp!(((x * k for x in xs) for k in ks)) -> error[E0373]: closure may outlive the current function, but it borrows `k`, which is owned by the current function (Python's generator of generators; the reference says an inner level of a lazy form re-binds a `Copy` outer loop variable by value, but a nested lazy display in the element borrows it; rustc's help, `move` before the nested display, works but is not in the README/reference grammar, which allows `move` only at the start of the body)
#[test]
fn generator_of_generators() {
    // Python: [sum(g) for g in ((x * k for x in xs) for k in ks)]
    let xs = [1, 2, 3];
    let ks = [1, 10];
    let gens = comp!((move (x * k for x in xs) for k in ks));
    let got: Vec<i32> = gens.map(|g| g.sum::<i32>()).collect();
    assert_eq!(got, vec![6, 60]);
}

// FOUND (documented, as above): comp!((y for x in xs for y in (x * i for i in 0..3))) -> error[E0373]: closure may outlive the current function, but it borrows `x`, which is owned by the current function (same cause: a nested generator as an inner iterable captures the `Copy` outer `x` by reference; README: "a generator expression can be a call's only argument" and displays nest; fixed with rustc's suggested inner `move`, undocumented)
#[test]
fn generator_as_inner_iterable() {
    // Python: list(y for x in xs for y in (x * i for i in range(3)))
    let xs = [1, 5];
    let got: Vec<i32> = comp!((y for x in xs for y in move (x * i for i in 0..3))).collect();
    assert_eq!(got, vec![0, 1, 2, 0, 5, 10]);
}

#[test]
fn next_first_match() {
    // Python: next((u for u in users if u.startswith("b")), None)
    let users = ["ann", "bob", "bea"];
    assert_eq!(
        comp!((u for u in users if u.starts_with('b'))).next(),
        Some("bob")
    );
}

#[test]
fn count_with_underscore() {
    // Python: sum(1 for _ in xs if _ > 2)   -> written with a name
    // Python: sum(1 for _ in range(5))
    let n: i32 = comp!((1 for _ in 0..5)).sum();
    assert_eq!(n, 5);
}

#[test]
fn dict_zip_keys_generator() {
    // Python: dict(zip(keys, (v * v for v in vals)))
    let keys = ["a", "b"];
    let vals = [3, 4];
    let d: HashMap<&str, i32> = keys
        .iter()
        .copied()
        .zip(comp!((v * v for v in vals)))
        .collect();
    assert_eq!(d["a"], 9);
    assert_eq!(d["b"], 16);
}

#[test]
fn sorted_generator() {
    // Python: sorted(len(w) for w in words)
    let words = ["ccc", "a", "bb"];
    let mut got: Vec<usize> = comp!((w.len() for w in words)).collect();
    got.sort();
    assert_eq!(got, vec![1, 2, 3]);
}

#[test]
fn rev_nested_borrowed() {
    // Python: list(reversed([c for w in words for c in w]))
    let words = vec!["ab".to_string(), "cd".to_string()];
    let got: String = comp!((c for w in &words for c in w.chars()))
        .rev()
        .collect();
    assert_eq!(got, "dcba");
}

#[test]
fn rev_with_walrus() {
    // Python: list(reversed([y for x in xs if (y := x * 3) > 3]))
    let xs = [1, 2, 3];
    let got: Vec<i32> = comp!((y for x in xs if (y := x * 3) > 3)).rev().collect();
    assert_eq!(got, vec![9, 6]);
}

#[test]
fn generator_len_hint_exact() {
    // Python: len([x * 2 for x in xs])
    let xs = [1, 2, 3];
    assert_eq!(comp!((x * 2 for x in xs)).len(), 3);
}

#[test]
fn generator_consumed_in_statement_over_temporary() {
    // Python: total = sum(len(w) for w in text.lower().split(","))
    let text = String::from("A,Bb,CCC");
    let total: usize = comp!((w.len() for w in text.to_lowercase().split(','))).sum();
    assert_eq!(total, 6);
}

#[test]
fn generator_with_let_clause_step_by() {
    // Python: [sq for x in range(10) for sq in [x * x]][::2]
    let got: Vec<i32> = comp!((sq for x in 0..10 let sq = x * x))
        .step_by(2)
        .collect();
    assert_eq!(got, vec![0, 4, 16, 36, 64]);
}

// ---------------------------------------------------------------------------
// 3. async generators

async fn fetch(id: u32) -> u32 {
    sleep(Duration::from_millis(100)).await;
    id * 10
}

async fn parse_async(s: &str) -> Result<u32, std::num::ParseIntError> {
    sleep(Duration::from_millis(10)).await;
    s.parse::<u32>()
}

#[tokio::test]
async fn async_lazy_next_await() {
    // Python: agen = (x async for x in source); await anext(agen)
    let source = stream::iter(vec![1, 2, 3]);
    let mut agen = acomp!((x * 2 async for x in source));
    assert_eq!(agen.next().await, Some(2));
    assert_eq!(agen.next().await, Some(4));
    assert_eq!(agen.next().await, Some(6));
    assert_eq!(agen.next().await, None);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_await_element_take() {
    // Python: [x async for x in (await fetch(i) for i in range(100))][:3]  (lazy: only 3 fetched)
    let start = Instant::now();
    let got: Vec<u32> = acomp!((fetch(i).await for i in 0..100))
        .take(3)
        .collect()
        .await;
    assert_eq!(got, vec![0, 10, 20]);
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn async_lazy_prefix_await_filter() {
    // Python: [y async for y in (await fetch(i) for i in ids) if y > 10]
    let ids = vec![1, 2, 3];
    let got: Vec<u32> = acomp!((await fetch(i) for i in ids))
        .filter(|y| futures::future::ready(*y > 10))
        .collect()
        .await;
    assert_eq!(got, vec![20, 30]);
}

// Python:
// async def doubled(source):
//     async for x in source:
//         yield x * 2
fn doubled<S: Stream<Item = i32> + Unpin>(source: S) -> impl Stream<Item = i32> {
    acomp!(move (x * 2 async for x in source))
}

#[tokio::test]
async fn async_lazy_returned_impl_stream() {
    let got: Vec<i32> = doubled(stream::iter(vec![1, 2])).collect().await;
    assert_eq!(got, vec![2, 4]);
}

// Python:
// async def fetched(ids):
//     for i in ids:
//         yield await fetch(i)
fn fetched(ids: Vec<u32>) -> Pin<Box<dyn Stream<Item = u32>>> {
    Box::pin(acomp!(move (fetch(i).await for i in ids)))
}

#[tokio::test(start_paused = true)]
async fn async_lazy_returned_pin_box() {
    let got: Vec<u32> = fetched(vec![4, 5]).collect().await;
    assert_eq!(got, vec![40, 50]);
}

fn fetched_borrowing(ids: &[u32]) -> impl Stream<Item = u32> + '_ {
    acomp!((fetch(*i).await for i in ids))
}

#[tokio::test(start_paused = true)]
async fn async_lazy_returned_borrowing() {
    let ids = [1, 2, 3];
    let got: Vec<u32> = fetched_borrowing(&ids).collect().await;
    assert_eq!(got, vec![10, 20, 30]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_concurrency() {
    // Python: results = await asyncio.gather(*(fetch(i) for i in range(10)))  (bounded 5)
    let start = Instant::now();
    let got: Vec<u32> = acomp!((fetch(i).await for i in 0..10); concurrency = 5)
        .collect()
        .await;
    let mut expected = Vec::new();
    for i in 0..10 {
        expected.push(i * 10);
    }
    assert_eq!(got, expected);
    assert_eq!(start.elapsed(), Duration::from_millis(200));
}

async fn slow_echo(ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::test(start_paused = true)]
async fn async_lazy_concurrency_unordered() {
    // Python: [await f for f in asyncio.as_completed([slow_echo(ms) for ms in delays])]
    let delays = [300u64, 100, 200];
    let got: Vec<u64> = acomp!((slow_echo(ms).await for ms in delays; concurrency = 3, unordered))
        .collect()
        .await;
    assert_eq!(got, vec![100, 200, 300]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_question_mark_results() {
    // Python: async gen raising ValueError on the third item
    let raw = ["1", "2", "x", "4"];
    let got: Vec<Result<u32, _>> = acomp!((parse_async(s).await? for s in raw)).collect().await;
    assert_eq!(got.len(), 3);
    assert_eq!(got[0], Ok(1));
    assert_eq!(got[1], Ok(2));
    assert!(got[2].is_err());
}

#[tokio::test(start_paused = true)]
async fn async_lazy_question_mark_collect_result() {
    // Python: try: vals = [v async for v in parsed] except ValueError: ...
    let raw = ["5", "6"];
    let all: Result<Vec<u32>, _> = acomp!((parse_async(s).await? for s in raw))
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect();
    assert_eq!(all, Ok(vec![5, 6]));
}

#[tokio::test(start_paused = true)]
async fn async_lazy_question_mark_concurrency() {
    // Python: gather(*(parse(s) for s in raw)) with a failure
    let raw = ["1", "2", "3"];
    let got: Vec<Result<u32, _>> = acomp!((parse_async(s).await? for s in raw); concurrency = 2)
        .collect()
        .await;
    let mut expected = Vec::new();
    for s in raw {
        expected.push(s.parse::<u32>());
    }
    assert_eq!(got, expected);
}

struct Feed<S: Stream<Item = String> + Unpin> {
    items: S,
}

#[tokio::test]
async fn async_lazy_in_struct_field() {
    // Python: feed = Feed(t.title() async for t in titles)
    let titles = stream::iter(vec!["a", "b"]);
    let mut feed = Feed {
        items: acomp!((t.to_uppercase() async for t in titles)),
    };
    assert_eq!(feed.items.next().await.as_deref(), Some("A"));
    assert_eq!(feed.items.next().await.as_deref(), Some("B"));
    assert_eq!(feed.items.next().await, None);
}

#[tokio::test]
async fn async_nested_stream_flatten_lazy() {
    // Python: (i async for s in streams async for i in s)
    let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
    let got: Vec<i32> = acomp!((i async for s in streams async for i in s))
        .collect()
        .await;
    assert_eq!(got, vec![1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn async_eager_with_inner_sync_generator() {
    // Python: [sum(x for x in await load(i)) for i in ids]
    async fn load(i: u32) -> Vec<u32> {
        sleep(Duration::from_millis(1)).await;
        (0..i).collect()
    }
    let ids = [3u32, 4];
    let got = acomp![(x for x in load(i).await).sum::<u32>() for i in ids];
    assert_eq!(got, vec![3, 6]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_filter_awaiting_clause() {
    // Python: (i async for ... if await is_ok(i))
    async fn is_ok(i: u32) -> bool {
        sleep(Duration::from_millis(5)).await;
        i % 2 == 1
    }
    let got: Vec<u32> = acomp!((i for i in 0..6 if is_ok(i).await)).collect().await;
    assert_eq!(got, vec![1, 3, 5]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_collect_into_hashset() {
    // Python: {x async for x in (await fetch(i) % 3 for i in ids)}
    let ids = [1, 2, 4, 5];
    let got: HashSet<u32> = acomp!((fetch(i).await % 3 for i in ids)).collect().await;
    let expected: HashSet<u32> = [1, 2].into_iter().collect();
    assert_eq!(got, expected);
}

// ---------------------------------------------------------------------------
// 4. comprehensions as statements

#[test]
fn list_comp_for_side_effects_let_underscore() {
    // Python: [log.append(x * 2) for x in xs]
    let xs = [1, 2, 3];
    let mut log = Vec::new();
    let _ = comp![log.push(x * 2) for x in xs];
    assert_eq!(log, vec![2, 4, 6]);
}

#[test]
fn list_comp_print_side_effects_let_underscore() {
    // Python: [print(x) for x in xs]
    let xs = ["a", "b"];
    let units = comp![println!("{x}") for x in xs];
    assert_eq!(units.len(), 2);
}

#[tokio::test]
async fn async_list_comp_as_statement() {
    // Python: [await log(x) for x in xs]
    let seen = std::cell::RefCell::new(Vec::new());
    let log = |x: i32| {
        let seen = &seen;
        async move {
            seen.borrow_mut().push(x);
        }
    };
    // (For its effects: `let _ =`, as for `comp!`, or it warns unused_must_use.)
    let _ = acomp![log(x).await for x in [1, 2, 3]];
    assert_eq!(*seen.borrow(), vec![1, 2, 3]);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_list() {
    // Python: [log.append(x) for x in xs]
    let xs = [1, 2];
    let mut log = Vec::new();
    comp![log.push(x) for x in xs];
    assert_eq!(log, vec![1, 2]);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_print() {
    // Python: [print(x) for x in xs]
    let xs = [1, 2];
    comp![println!("{}", x) for x in xs];
    assert_eq!(xs.len(), 2);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy() {
    // Python: (log.append(x) for x in xs)   # does nothing in Python either
    let xs = [1, 2];
    let mut log: Vec<i32> = Vec::new();
    comp!((log.push(x) for x in xs));
    assert!(log.is_empty());
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_set() {
    // Python: {seen.add(x) for x in xs}
    let xs = [1, 2, 2];
    let mut seen = HashSet::new();
    comp!({seen.insert(x) for x in xs});
    assert_eq!(seen.len(), 2);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_dict() {
    // Python: {k: d.setdefault(k, v) for k, v in pairs}
    let pairs = [(1, 2)];
    let mut d = HashMap::new();
    comp!({k: d.insert(k, v) for (k, v) in pairs});
    assert_eq!(d[&1], 2);
}

#[tokio::test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
async fn stmt_probe_async_lazy() {
    // Python: (await f(x) for x in xs)  -- never awaited
    let xs = [1u32, 2];
    acomp!((fetch(x).await for x in xs));
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_nested_statement() {
    // Python: [[grid.append((i, j)) for j in range(2)] for i in range(2)]
    let mut grid = Vec::new();
    comp![[grid.push((i, j)) for j in 0..2] for i in 0..2];
    assert_eq!(grid.len(), 4);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_tail_of_block() {
    // Python: if verbose: [print(x) for x in xs]
    let xs = [1];
    let verbose = true;
    if verbose {
        comp![println!("{x}") for x in xs];
    }
    assert!(verbose);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy_generator_form() {
    // Python: (seen.append(c) for w in words for c in w)   # never runs
    let words = vec!["ab".to_string()];
    let seen = std::cell::Cell::new(0);
    comp!((seen.set(seen.get() + c.len_utf8()) for w in words for c in w.chars()));
    assert_eq!(seen.get(), 0);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy_filter_form() {
    // Python: (log.append(x) for x in xs if x > 0)
    let xs = [1, -2];
    let mut log: Vec<i32> = Vec::new();
    comp!((log.push(x) for x in xs if x > 0));
    assert!(log.is_empty());
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy_try_form() {
    // Python: (int(s) for s in v)   # never runs
    let v = ["1"];
    let calls = std::cell::Cell::new(0);
    comp!(({ calls.set(calls.get() + 1); s.parse::<i32>()? } for s in v));
    assert_eq!(calls.get(), 0);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy_nested_form() {
    // Python: ((x, y) for x in xs for y in ys)
    let xs = [1];
    let ys = [2];
    let calls = std::cell::Cell::new(0);
    comp!(((x, y, calls.set(calls.get() + 1)) for x in xs for y in ys));
    assert_eq!(calls.get(), 0);
}

#[test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
fn stmt_probe_lazy_walrus_form() {
    // Python: (y for x in xs if (y := x + 1) > 1)
    let xs = [1];
    let calls = std::cell::Cell::new(0);
    comp!((calls.set(y) for x in xs if (y := x + 1) > 1));
    assert_eq!(calls.get(), 0);
}

#[tokio::test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
async fn stmt_probe_async_lazy_plain() {
    // Python: (x async for x in s)
    let calls = std::cell::Cell::new(0);
    let s = stream::iter(vec![1]);
    acomp!((calls.set(x) async for x in s));
    assert_eq!(calls.get(), 0);
}

#[tokio::test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
async fn stmt_probe_async_lazy_concurrency() {
    // Python: (await fetch(x) for x in xs) with a gather bound
    let xs = [1u32];
    let calls = std::cell::Cell::new(0);
    acomp!((calls.set(fetch(x).await) for x in xs); concurrency = 2);
    assert_eq!(calls.get(), 0);
}

#[tokio::test]
#[allow(unused_must_use)] // the Python statement form kept; it warns (checked), as the README says
async fn stmt_probe_async_eager_set() {
    // Python: {await f(x) for x in xs}
    let xs = [1u32, 2, 3];
    let calls = std::cell::Cell::new(0);
    acomp!({calls.replace(calls.get() + fetch(x).await) for x in xs});
    assert_eq!(calls.get(), 60);
}

// FOUND (fixed): comp!((cache.borrow().get(k).copied().unwrap_or(0) for line in lines for k in line.split(','))) -> panicked: RefCell already borrowed (at the consumer's borrow_mut between items; also clippy: "this `RefCell` reference is held across an await point" on sync code). Over an owned `lines` the lazy form is the crate's "small generator" (README, Lazy flatten over owned values), which keeps the element's temporaries (the `Ref`) alive while the item is handed over; the flat_map form over `&lines` (next test) and any hand-written loop/flat_map drop them first. Fixed with a `let` clause.
#[test]
fn generator_form_element_temporary_borrow() {
    // Python:
    // hits = (cache.get(k, 0) for line in lines for k in line.split(","))
    // for h in hits: cache[str(h)] = h     # consumer writes between items
    let lines = vec!["a,b".to_string(), "c".to_string()];
    let cache =
        std::cell::RefCell::new(HashMap::from([("a".to_string(), 1), ("c".to_string(), 3)]));
    let hits = comp!((cache.borrow().get(k).copied().unwrap_or(0) for line in lines for k in line.split(',')));
    let mut got = Vec::new();
    for h in hits {
        cache.borrow_mut().insert(format!("seen{h}"), h);
        got.push(h);
    }
    assert_eq!(got, vec![1, 0, 3]);
}

#[test]
fn flat_map_form_element_temporary_borrow() {
    // Python: same as above, over a borrowed list
    let lines = vec!["a,b".to_string(), "c".to_string()];
    let cache =
        std::cell::RefCell::new(HashMap::from([("a".to_string(), 1), ("c".to_string(), 3)]));
    let hits = comp!((cache.borrow().get(k).copied().unwrap_or(0) for line in &lines for k in line.split(',')));
    let mut got = Vec::new();
    for h in hits {
        cache.borrow_mut().insert(format!("seen{h}"), h);
        got.push(h);
    }
    assert_eq!(got, vec![1, 0, 3]);
}

// FOUND (fixed): acomp!((cache.borrow().get(k).copied().unwrap_or(0) for k in keys if exists(k).await)) -> panicked: RefCell already borrowed (same as the sync generator: the lazy acomp! generator, README "a small safe generator whose body is the loop nest", holds the element's temporary `Ref` across the hand-over; a hand-written filter_map/then stream drops it). Fixed with a `let` clause.
#[tokio::test]
async fn async_generator_form_element_temporary_borrow() {
    // Python: (cache.get(k, 0) async for k in keys if await exists(k)); consumer writes to cache
    async fn exists(_k: &str) -> bool {
        true
    }
    let keys = vec!["a", "b"];
    let cache = std::cell::RefCell::new(HashMap::from([("a", 1)]));
    let mut hits =
        acomp!((cache.borrow().get(k).copied().unwrap_or(0) for k in keys if exists(k).await));
    let mut got = Vec::new();
    while let Some(h) = hits.next().await {
        cache.borrow_mut().insert("z", h);
        got.push(h);
    }
    assert_eq!(got, vec![1, 0]);
}

// FOUND (fixed): comp!((v for line in lines for k in line.split(',') if let Some(&v) = cache.borrow().get(k))) -> panicked: RefCell already borrowed (same root cause, an `if let` clause: its scrutinee's temporary `Ref` lives through the yield in the generator form; reference section 6 reads `if let` as a filter that binds). Fixed by binding the copied value in a `let` clause first.
#[test]
fn generator_form_if_let_temporary_borrow() {
    // Python:
    // hits = (cache[k] for line in lines for k in line.split(",") if k in cache)
    // for h in hits: cache["last"] = h
    let lines = vec!["a,b".to_string(), "c".to_string()];
    let cache =
        std::cell::RefCell::new(HashMap::from([("a".to_string(), 1), ("c".to_string(), 3)]));
    let hits = comp!((v for line in lines for k in line.split(',') if let Some(&v) = cache.borrow().get(k)));
    let mut got = Vec::new();
    for h in hits {
        cache.borrow_mut().insert("last".to_string(), h);
        got.push(h);
    }
    assert_eq!(got, vec![1, 3]);
}

// ---------------------------------------------------------------------------
// 2b. more generators inside calls

#[test]
fn from_iter_only_argument() {
    // Python: ["".join(c for c in w if c != "-") for w in words]
    let words = ["a-b", "--c"];
    let got = comp![String::from_iter(c for c in w.chars() if c != '-') for w in words];
    assert_eq!(got, vec!["ab", "c"]);
}

#[test]
fn hashset_from_iter_only_argument() {
    // Python: [len(set(c for c in w)) for w in words]
    let words = ["aab", "abc"];
    let got = comp![HashSet::<char>::from_iter(c for c in w.chars()).len() for w in words];
    assert_eq!(got, vec![2, 3]);
}

#[test]
fn generator_in_closure_in_element() {
    // Python: [min(ws, key=lambda w: sum(1 for c in w if c.isupper())) for ws in groups]
    let groups = vec![vec!["ABc", "aBc", "AB"], vec!["x", "Y"]];
    let got = comp![*ws.iter().min_by_key(|w| (1 for c in w.chars() if c.is_uppercase()).count()).unwrap() for ws in &groups];
    assert_eq!(got, vec!["aBc", "x"]);
}

#[test]
fn generator_in_conditional_element() {
    // Python: [sum(x for x in r) if r else -1 for r in rows]
    let rows = vec![vec![1, 2], vec![], vec![5]];
    let got = comp![(x for x in r).sum::<i32>() if !r.is_empty() else -1 for r in &rows];
    assert_eq!(got, vec![3, -1, 5]);
}

// FOUND (fixed): comp![format!("{}: {} passed", name, (s for s in scores if *s > 50).count()) for (name, scores) in &classes] -> error: expected one of `!`, `)`, `,`, `.`, `::`, `?`, `{`, or an operator, found keyword `for` (README: inside std's expression macros the conditional, chained comparisons and `await` are rewritten; a nested generator display, which the README says nests anywhere a call argument can, is not, and the error adds rustc's "there is a keyword `as` with a similar name" help, which is noise; no hint that the display must move out of format!)
#[test]
fn generator_in_format() {
    // Python: [f"{name}: {sum(1 for s in scores if s > 50)} passed" for name, scores in classes]
    let classes = vec![("a", vec![40, 60, 70]), ("b", vec![10])];
    let got = comp![format!("{}: {} passed", name, (s for s in scores if *s > 50).count()) for (name, scores) in &classes];
    assert_eq!(got, vec!["a: 2 passed", "b: 0 passed"]);
}

#[test]
fn generator_in_let_clause() {
    // Python: [(i, s) for i, r in enumerate(rows) for s in [sum(x for x in r)] if s > 3]
    let rows = [vec![1, 2], vec![4], vec![3, 3]];
    let got = comp![(i, s) for (i, r) in rows.iter().enumerate() let s = (x for x in r).sum::<i32>() if s > 3];
    assert_eq!(got, vec![(1, 4), (2, 6)]);
}

#[test]
fn generator_in_walrus() {
    // Python: [s for r in rows if (s := sum(x for x in r)) > 3]
    let rows = vec![vec![1, 2], vec![4], vec![3, 3]];
    let got = comp![s for r in &rows if (s := Iterator::sum::<i32>(x for x in r)) > 3];
    assert_eq!(got, vec![4, 6]);
}

#[test]
fn join_generator_of_strings() {
    // Python: ", ".join(str(x) for x in xs)
    let xs = [1, 22, 3];
    let got = comp!((x.to_string() for x in xs))
        .collect::<Vec<_>>()
        .join(", ");
    assert_eq!(got, "1, 22, 3");
}

#[test]
fn generator_receiver_collect_string_in_element() {
    // Python: ["".join(c for c in w if c.isalnum()) for w in words]
    let words = ["a-1!", "b c"];
    let got =
        comp![(c for c in w.chars() if c.is_alphanumeric()).collect::<String>() for w in words];
    assert_eq!(got, vec!["a1", "bc"]);
}

#[test]
fn lazy_element_uses_outer_string() {
    // Python: list((w, c) for w in words for c in w)
    let words = vec!["ab".to_string(), "c".to_string()];
    let got: Vec<(String, char)> =
        comp!(((w.clone(), c) for w in &words for c in w.chars())).collect();
    let mut expected = Vec::new();
    for w in &words {
        for c in w.chars() {
            expected.push((w.clone(), c));
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn lazy_reuse_name_over_owned_strings() {
    // Python: list(w for w in lines for w in w.split(","))
    let lines = vec!["a,b".to_string(), "c".to_string()];
    let got: Vec<String> = comp!((w.to_string() for w in lines for w in w.split(','))).collect();
    assert_eq!(got, vec!["a", "b", "c"]);
}

#[test]
fn lazy_reuse_name_copy_in_element() {
    // Python: list(x * 10 for x in xs for x in range(x))
    let xs = [2, 3];
    let got: Vec<i32> = comp!((x * 10 for x in xs for x in 0..x)).collect();
    assert_eq!(got, vec![0, 10, 0, 10, 20]);
}

#[test]
fn lazy_reuse_name_three_levels() {
    // Python: list(x for x in xs for x in range(x) for x in range(x))
    let xs = [3];
    let got: Vec<i32> = comp!((x for x in xs for x in 0..x for x in 0..x)).collect();
    let mut expected = Vec::new();
    for a in xs {
        for b in 0..a {
            for c in 0..b {
                expected.push(c);
            }
        }
    }
    assert_eq!(got, expected);
}

struct Team {
    users: Vec<(String, bool)>,
}

impl Team {
    // Python:
    // def active_names(self):
    //     return (name for name, active in self.users if active)
    fn active_names(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((name.as_str() for (name, active) in &self.users if *active))
    }

    // Python:
    // def initials(self):
    //     return (c for name, _ in self.users for c in name[:1])
    fn initials(&self) -> Box<dyn Iterator<Item = char> + '_> {
        Box::new(comp!((c for (name, _) in &self.users for c in name.chars().take(1))))
    }
}

#[test]
fn method_returning_generator_over_self() {
    let t = Team {
        users: vec![
            ("ann".into(), true),
            ("bob".into(), false),
            ("cy".into(), true),
        ],
    };
    assert_eq!(t.active_names().collect::<Vec<_>>(), vec!["ann", "cy"]);
    assert_eq!(t.initials().collect::<String>(), "abc");
}

// Python:
// def parse_rows(rows):
//     return (int(cell) for row in rows for cell in row.split(","))
fn parse_rows<'a>(
    rows: &'a [&'a str],
) -> impl Iterator<Item = Result<i64, std::num::ParseIntError>> + 'a {
    comp!((cell.trim().parse::<i64>()? for row in rows for cell in row.split(',')))
}

#[test]
fn returned_nested_fallible_generator() {
    let rows = ["1, 2", "3,x", "5"];
    let got: Vec<_> = parse_rows(&rows).collect();
    assert_eq!(got.len(), 4);
    assert_eq!(got[..3], [Ok(1), Ok(2), Ok(3)]);
    assert!(got[3].is_err());
}

#[test]
fn generator_peekable_group_runs() {
    // Python: itertools.groupby-like run lengths over (c.lower() for c in s)
    let s = "aAbBBc";
    let mut it = comp!((c.to_ascii_lowercase() for c in s.chars())).peekable();
    let mut runs = Vec::new();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        runs.push((c, n));
    }
    assert_eq!(runs, vec![('a', 2), ('b', 3), ('c', 1)]);
}

// ---------------------------------------------------------------------------
// 3b. more async generators

#[tokio::test]
async fn async_lazy_over_mut_stream_then_rest() {
    // Python: head = [x async for x in take(aiter, 2)]; rest = [x async for x in aiter]
    let mut source = stream::iter(vec![1, 2, 3, 4]);
    let head: Vec<i32> = acomp!((x * 10 async for x in &mut source))
        .take(2)
        .collect()
        .await;
    let rest: Vec<i32> = acomp![x async for x in &mut source];
    assert_eq!(head, vec![10, 20]);
    assert_eq!(rest, vec![3, 4]);
}

// Python:
// async def parse_stream(raw):
//     for s in raw:
//         yield int(await parse(s))
fn parse_stream(raw: Vec<String>) -> impl Stream<Item = Result<u32, std::num::ParseIntError>> {
    acomp!(move (parse_async(&s).await? for s in raw; concurrency = 2))
}

#[tokio::test(start_paused = true)]
async fn async_lazy_returned_fallible_concurrent() {
    let raw = vec!["4".to_string(), "5".to_string()];
    let got: Vec<_> = parse_stream(raw).collect().await;
    assert_eq!(got, vec![Ok(4), Ok(5)]);
}

#[tokio::test]
async fn async_lazy_non_unpin_source() {
    // Python: (x + 1 async for x in counter())  where counter is an async generator
    let counter = stream::unfold(0, |n| async move {
        if n < 3 {
            Some((n, n + 1))
        } else {
            None
        }
    });
    let mut g = acomp!((x + 1 async for x in counter));
    assert_eq!(g.next().await, Some(1));
    assert_eq!(g.next().await, Some(2));
    assert_eq!(g.next().await, Some(3));
    assert_eq!(g.next().await, None);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_walrus_await() {
    // Python: (y for x in xs if (y := await fetch(x)) > 10)
    let xs = [1u32, 2, 3];
    let got: Vec<u32> = acomp!((y for x in xs if (y := fetch(x).await) > 10))
        .collect()
        .await;
    assert_eq!(got, vec![20, 30]);
}

#[tokio::test]
async fn async_lazy_sync_generator_in_element() {
    // Python: (sum(1 for c in s if c.isupper()) async for s in lines)
    let lines = stream::iter(vec!["AbC", "x"]);
    let got: Vec<usize> =
        acomp!(((1 for c in s.chars() if c.is_uppercase()).count() async for s in lines))
            .collect()
            .await;
    assert_eq!(got, vec![2, 0]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_zip_two_streams() {
    // Python: async zip of (await fetch(i) for i in a) and (x async for x in b)
    let a = [1u32, 2];
    let b = stream::iter(vec!["one", "two"]);
    let got: Vec<(u32, &str)> = acomp!((fetch(i).await for i in a))
        .zip(acomp!((s async for s in b)))
        .collect()
        .await;
    assert_eq!(got, vec![(10, "one"), (20, "two")]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_drop_midway_cancels() {
    // Python: agen = (await fetch(i) for i in range(10)); await anext(agen); await agen.aclose()
    let started = std::cell::Cell::new(0);
    let start = Instant::now();
    {
        let mut g = acomp!(({ started.set(started.get() + 1); fetch(i).await } for i in 0..10; concurrency = 3));
        assert_eq!(g.next().await, Some(0));
    }
    assert_eq!(start.elapsed(), Duration::from_millis(100));
    assert_eq!(started.get(), 3);
}

#[tokio::test(start_paused = true)]
async fn async_eager_sum_of_awaited_rows() {
    // Python: [sum(x for x in row) async for row in rows]
    let rows = stream::iter(vec![vec![1u32, 2], vec![3]]);
    let got = acomp![(x for x in row).sum::<u32>() async for row in rows];
    assert_eq!(got, vec![3, 3]);
}

#[tokio::test(start_paused = true)]
async fn async_lazy_peekable() {
    // Python: peek at the first result of an async generator
    let ids = [7u32, 8];
    let mut p = acomp!((fetch(i).await for i in ids)).peekable();
    assert_eq!(std::pin::Pin::new(&mut p).peek().await, Some(&70));
    assert_eq!(p.next().await, Some(70));
    assert_eq!(p.next().await, Some(80));
}

#[tokio::test(start_paused = true)]
async fn async_lazy_nested_for_with_inner_await() {
    // Python: ((u, await fetch(p)) for u in users for p in pages(u))
    let users = ["a", "bb"];
    let got: Vec<(&str, u32)> =
        acomp!(((u, fetch(p).await) for u in users for p in 0..u.len() as u32))
            .collect()
            .await;
    assert_eq!(got, vec![("a", 0), ("bb", 0), ("bb", 10)]);
}

#[tokio::test(start_paused = true)]
async fn async_generator_consumed_by_eager_acomp() {
    // Python: [y * 2 async for y in (await fetch(x) for x in xs) if y]
    let xs = [0u32, 1, 2];
    let got = acomp![y * 2 async for y in acomp!((fetch(x).await for x in xs)) if y > 0];
    assert_eq!(got, vec![20, 40]);
}

#[tokio::test(start_paused = true)]
async fn async_nested_generator_in_eager_first_iterable() {
    // Python: [y async for y in (await fetch(x) for x in xs)]
    let xs = [3u32];
    let got = acomp![y async for y in (fetch(x).await for x in xs)];
    assert_eq!(got, vec![30]);
}

// ---------------------------------------------------------------------------
// 5b. more parentheses and threads

#[test]
fn double_parens_generator_argument() {
    // Python: [sum((x for x in row)) for row in rows]
    let rows = vec![vec![1, 2], vec![3]];
    let got = comp![Iterator::sum::<i32>((x for x in row)) for row in &rows];
    assert_eq!(got, vec![3, 3]);
}

// FOUND (fixed): comp!(((x * 2 for x in xs))) -> error: expected `for` after the element: a comprehension needs at least one `for` clause (Python's `((x * 2 for x in xs))` is the same generator; here the inner generator becomes the element of a lazy display with no `for`; the message, spanned on a display that plainly has a `for`, does not say the extra parentheses are the problem)
#[test]
fn double_parens_lazy_display() {
    // Python: g = ((x * 2 for x in xs))
    let xs = [1, 2];
    let got: Vec<i32> = comp!(((x * 2 for x in xs))).collect();
    assert_eq!(got, vec![2, 4]);
}

#[test]
#[allow(unused_parens)] // `for (x) in` warns "around pattern", as by hand
fn parens_everywhere() {
    // Python: [(x) for (x) in (xs) if (x > 1)]
    let xs = [1, 2, 3];
    let got = comp![(x) for (x) in xs if x > 1];
    assert_eq!(got, vec![2, 3]);
}

#[test]
fn parens_tuple_target_lazy() {
    // Python: list((a + b) for (a, b) in pairs)
    let pairs = [(1, 2), (3, 4)];
    let got: Vec<i32> = comp!(((a + b) for (a, b) in pairs)).collect();
    assert_eq!(got, vec![3, 7]);
}

#[test]
fn parens_bare_tuple_target_lazy() {
    // Python: list(a * b for a, b in pairs)
    let pairs = [(1, 2), (3, 4)];
    let got: Vec<i32> = comp!((a * b for a, b in pairs)).collect();
    assert_eq!(got, vec![2, 12]);
}

#[test]
fn parens_conditional_in_generator_argument() {
    // Python: [max((v if v > 0 else 0) for v in row) for row in rows]
    let rows = vec![vec![-1, -2], vec![3, -4]];
    let got = comp![Iterator::max((v if v > 0 else 0) for v in row.iter().copied()).unwrap() for row in &rows];
    assert_eq!(got, vec![0, 3]);
}

#[test]
fn generator_sent_to_thread() {
    // Python: ThreadPoolExecutor().submit(lambda: sum(len(c) for w in words for c in w)).result()
    let words = vec!["ab".to_string(), "cde".to_string()];
    let g = comp!(move (c for w in words for c in w.chars()));
    let n = std::thread::spawn(move || g.count()).join().unwrap();
    assert_eq!(n, 5);
}

fn boxed_send(words: Vec<String>) -> Box<dyn Iterator<Item = char> + Send> {
    Box::new(comp!(move (c for w in words for c in w.chars() if c != 'x')))
}

#[test]
fn generator_boxed_send() {
    let g = boxed_send(vec!["axb".into()]);
    assert_eq!(
        std::thread::spawn(move || g.collect::<String>())
            .join()
            .unwrap(),
        "ab"
    );
}

fn boxed_send_stream(ids: Vec<u32>) -> Pin<Box<dyn Stream<Item = u32> + Send>> {
    Box::pin(acomp!(move (fetch(i).await for i in ids if i % 2 == 0)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn async_generator_spawned_on_task() {
    // Python: asyncio.create_task(collect(await fetch(i) for i in ids if i % 2 == 0))
    let s = boxed_send_stream(vec![1, 2, 4]);
    let got = tokio::spawn(async move { s.collect::<Vec<u32>>().await })
        .await
        .unwrap();
    assert_eq!(got, vec![20, 40]);
}

fn drain_two(it: &mut dyn Iterator<Item = String>) -> Vec<String> {
    it.take(2).collect()
}

#[test]
fn generator_form_as_mut_dyn() {
    // Python: g = (w.upper() for line in lines for w in line.split()); drain_two(g); list(g)
    let lines = vec!["a b".to_string(), "c".to_string()];
    let mut g = comp!((w.to_uppercase() for line in lines for w in line.split_whitespace()));
    assert_eq!(drain_two(&mut g), vec!["A", "B"]);
    assert_eq!(g.collect::<Vec<_>>(), vec!["C"]);
}

// ---------------------------------------------------------------------------
// 6. owned bindings feeding inner loops of generators

// Python:
// def tokens(lines):
//     return (t for line in lines for low in [line.lower()] for t in low.split())
fn tokens(lines: Vec<String>) -> impl Iterator<Item = String> {
    comp!(move (t.to_string() for line in lines let low = line.to_lowercase() for t in low.split_whitespace()))
}

#[test]
fn returned_generator_let_owned_then_inner_borrow() {
    let got: Vec<String> = tokens(vec!["A b".into(), "C".into()]).collect();
    assert_eq!(got, vec!["a", "b", "c"]);
}

#[test]
fn generator_walrus_owned_then_inner_borrow() {
    // Python: list(t for line in lines if (low := line.lower()) for t in low.split())
    let lines = ["X y", "", "Z"];
    let got: Vec<String> =
        comp!((t.to_string() for line in lines if !(low := line.to_lowercase()).is_empty() for t in low.split(' ')))
            .collect();
    assert_eq!(got, vec!["x", "y", "z"]);
}

#[test]
fn generator_if_let_then_inner() {
    // Python: list(c for s in xs if s.startswith("#") for c in s[1:])
    let xs = vec!["#ab".to_string(), "cd".to_string(), "#e".to_string()];
    let got: String =
        comp!((c for s in &xs if let Some(t) = s.strip_prefix('#') for c in t.chars())).collect();
    assert_eq!(got, "abe");
}

#[test]
fn generator_bare_tuple_enumerate() {
    // Python: list((i, w) for i, w in enumerate(words) if i % 2 == 0)
    let words = ["a", "b", "c"];
    let got: Vec<(usize, &&str)> =
        comp!(((i, w) for i, w in words.iter().enumerate() if i % 2 == 0)).collect();
    assert_eq!(got, vec![(0, &"a"), (2, &"c")]);
}

#[test]
fn generator_chained_comparison() {
    // Python: sum(x for x in xs if 0 < x <= 10)
    let xs = [-5, 3, 10, 11, 7];
    let total: i32 = comp!((x for x in xs if 0 < x <= 10)).sum();
    let mut expected = 0;
    for x in xs {
        if x > 0 && x <= 10 {
            expected += x;
        }
    }
    assert_eq!(total, expected);
}

async fn fetch_text(u: &str) -> String {
    sleep(Duration::from_millis(10)).await;
    format!("{u}/index")
}

#[tokio::test(start_paused = true)]
async fn async_generator_let_owned_then_inner_borrow() {
    // Python: (seg async for ... for u in urls for body in [await fetch_text(u)] for seg in body.split("/"))
    let urls = ["a.com", "b.org"];
    let got: Vec<String> = acomp!((seg.to_string() for u in urls let body = fetch_text(u).await for seg in body.split('/')))
        .collect()
        .await;
    assert_eq!(got, vec!["a.com", "index", "b.org", "index"]);
}

// Python:
// async def ids_stream(ids):
//     for i in ids: yield await fetch(i)
fn unpin_stream(ids: Vec<u32>) -> impl Stream<Item = u32> + Unpin {
    acomp!(move (fetch(i).await for i in ids))
}

#[tokio::test(start_paused = true)]
async fn async_generator_returned_unpin() {
    let mut s = unpin_stream(vec![2, 3]);
    assert_eq!(s.next().await, Some(20));
    assert_eq!(s.next().await, Some(30));
    assert_eq!(s.next().await, None);
}

fn fallible_boxed(
    raw: Vec<&'static str>,
) -> Pin<Box<dyn Stream<Item = Result<u32, std::num::ParseIntError>>>> {
    Box::pin(acomp!(move (parse_async(s).await? for s in raw)))
}

#[tokio::test(start_paused = true)]
async fn async_generator_returned_boxed_fallible() {
    let got: Vec<_> = fallible_boxed(vec!["1", "q", "3"]).collect().await;
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], Ok(1));
    assert!(got[1].is_err());
}

#[tokio::test(start_paused = true)]
async fn async_generator_over_mut_stream_with_await() {
    // Python: first = [await fetch(x) async for x in take(src, 1)]; rest = [x async for x in src]
    // (take(1) pulls one item, so the generator reads one item of `src`)
    let mut src = stream::iter(vec![1u32, 2, 3]);
    let first: Vec<u32> = acomp!((fetch(x).await async for x in &mut src))
        .take(1)
        .collect()
        .await;
    let rest = acomp![x async for x in &mut src];
    assert_eq!(first, vec![10]);
    assert_eq!(rest, vec![2, 3]);
}

// FOUND (fixed): Box::pin(acomp!(move (cache.lock().unwrap().get(k).copied().unwrap_or(0) for k in keys if fetch(1).await > 0))) -> error: future cannot be sent between threads safely (reference section 8: "Every form is `Send` ... whenever what it captures, iterates and awaits is": here an Arc<Mutex>, a Vec<&str> and a Send future; the element's temporary MutexGuard is kept across the generator's hand-over, the same root cause as the RefCell panics above; the note names `{async block@src/lib.rs:345:9}` and says "await occurs here" on the whole display, where the user wrote no await near the element). Fixed with a `let` clause.
// Python:
// async def cached(keys, cache, lock):
//     for k in keys:
//         if await exists(k):
//             with lock: yield cache.get(k, 0)
fn cached_stream(
    keys: Vec<&'static str>,
    cache: std::sync::Arc<std::sync::Mutex<HashMap<&'static str, u32>>>,
) -> Pin<Box<dyn Stream<Item = u32> + Send>> {
    Box::pin(
        acomp!(move (cache.lock().unwrap().get(k).copied().unwrap_or(0) for k in keys if fetch(1).await > 0)),
    )
}

#[tokio::test(start_paused = true)]
async fn async_generator_mutex_temporary_send() {
    let cache = std::sync::Arc::new(std::sync::Mutex::new(HashMap::from([("a", 5)])));
    let got: Vec<u32> = cached_stream(vec!["a", "b"], cache.clone()).collect().await;
    assert_eq!(got, vec![5, 0]);
}

// FOUND (fixed): comp!(move (t.lock().unwrap().get(w).copied().unwrap_or(0) for line in lines for w in line.split(' '))) sent to std::thread::spawn -> error: future cannot be sent between threads safely (reference section 8: "so is `comp!`'s lazy iterator [Send], for threads"; synchronous code with no future gets "future created by async block is not `Send`", "await occurs here", and `{async block@src/lib.rs:315:9}`: the generator form keeps the element's MutexGuard across its internal yield). Fixed with a `let` clause.
#[test]
fn generator_mutex_temporary_sent_to_thread() {
    // Python: worker thread consumes (totals.get(w, 0) for line in lines for w in line.split())
    let totals = std::sync::Arc::new(std::sync::Mutex::new(HashMap::from([("a", 1), ("c", 3)])));
    let lines = vec!["a b".to_string(), "c".to_string()];
    let t = totals.clone();
    let g = comp!(move (t.lock().unwrap().get(w).copied().unwrap_or(0) for line in lines for w in line.split(' ')));
    let got: Vec<i32> = std::thread::spawn(move || g.collect()).join().unwrap();
    assert_eq!(got, vec![1, 0, 3]);
}
