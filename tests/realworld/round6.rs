//! Round 6: real-world Python comprehensions (numeric, text, graph, grid,
//! ORM/web, asyncio services) translated by a user who read only the README
//! and docs/reference.md.

// Style lints of the surrounding test code (hand-written reference loops,
// test fixtures), not of the comprehensions themselves.
#![allow(
    clippy::needless_range_loop,
    clippy::type_complexity,
    clippy::useless_vec
)]

use comprehensions::{acomp, comp};
use futures::StreamExt;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------
// scientific / numeric
// ---------------------------------------------------------------------------

fn matrix() -> Vec<Vec<i32>> {
    vec![vec![1, 2, 3, 4], vec![5, 6, 7, 8], vec![9, 10, 11, 12]]
}

// [[row[i] for row in matrix] for i in range(len(matrix[0]))]
#[test]
fn transpose_by_index() {
    let matrix = matrix();
    let t = comp![[row[i] for row in &matrix] for i in 0..matrix[0].len()];
    assert_eq!(
        t,
        vec![
            vec![1, 5, 9],
            vec![2, 6, 10],
            vec![3, 7, 11],
            vec![4, 8, 12]
        ]
    );
}

// [list(col) for col in zip(*rows)]   (zip(*rows) as column indexing)
#[test]
fn zip_star_columns_sum() {
    let rows = matrix();
    // [sum(col) for col in zip(*rows)]
    let sums = comp![Iterator::sum::<i32>(r[c] for r in &rows) for c in 0..rows[0].len()];
    assert_eq!(sums, vec![15, 18, 21, 24]);
}

// [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
#[test]
fn matmul() {
    let a = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let b = vec![vec![5.0, 6.0], vec![7.0, 8.0]];
    let bt = comp![[row[j] for row in &b] for j in 0..b[0].len()];
    let c = comp![[Iterator::sum::<f64>(x * y for (x, y) in row.iter().zip(col)) for col in &bt] for row in &a];
    assert_eq!(c, vec![vec![19.0, 22.0], vec![43.0, 50.0]]);
}

// [sum(xs[i:i + k]) / k for i in range(len(xs) - k + 1)]
#[test]
fn moving_average() {
    let xs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    let k = 3;
    let ma = comp![xs[i..i + k].iter().sum::<f64>() / k as f64 for i in 0..xs.len() - k + 1];
    assert_eq!(ma, vec![2.0, 3.0, 4.0, 5.0]);
}

// [b - a for a, b in zip(xs, xs[1:])]
#[test]
fn pairwise_differences() {
    let xs = vec![3, 7, 8, 15, 15];
    let d = comp![b - a for (a, b) in xs.iter().zip(&xs[1..])];
    assert_eq!(d, vec![4, 1, 7, 0]);
}

// [(i, x) for i, x in enumerate(xs, start=1)]
#[test]
fn enumerate_start_one() {
    let xs = vec!["a", "b", "c"];
    let v = comp![(i, x) for (i, x) in (1..).zip(&xs)];
    assert_eq!(v, vec![(1, &"a"), (2, &"b"), (3, &"c")]);
}

// [x for x in range(0, 100, 7)]
#[test]
fn range_with_step() {
    let v = comp![x for x in (0..100).step_by(7)];
    let mut expect = vec![];
    let mut x = 0;
    while x < 100 {
        expect.push(x);
        x += 7;
    }
    assert_eq!(v, expect);
}

// [x for x in range(10, 0, -2)]
#[test]
fn range_negative_step() {
    let v = comp![x for x in (1..=10).rev().step_by(2)];
    assert_eq!(v, vec![10, 8, 6, 4, 2]);
}

// total = 0; cumsum = [total := total + x for x in xs]
#[test]
fn cumulative_sum_outer_state() {
    let xs = vec![1, 2, 3, 4];
    let mut total = 0;
    let cumsum = comp![{ total += x; total } for x in &xs];
    assert_eq!(cumsum, vec![1, 3, 6, 10]);
    assert_eq!(total, 10);
}

// [[1 if i == j else 0 for j in range(n)] for i in range(n)]
#[test]
fn identity_matrix() {
    let n = 3;
    let eye = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    assert_eq!(eye, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);
}

// norm = math.sqrt(sum(x * x for x in v)); [x / norm for x in v]
#[test]
fn normalize_vector() {
    let v = vec![3.0, 4.0];
    let norm = comp!((x * x for x in &v)).sum::<f64>().sqrt();
    let unit = comp![x / norm for x in &v];
    assert_eq!(unit, vec![0.6, 0.8]);
}

// [row[::-1] for row in grid]
#[test]
fn reverse_rows() {
    let grid = matrix();
    let r = comp![row.iter().rev().copied().collect::<Vec<_>>() for row in &grid];
    assert_eq!(r[0], vec![4, 3, 2, 1]);
    assert_eq!(r[2], vec![12, 11, 10, 9]);
}

// [m[i][i] for i in range(min(len(m), len(m[0])))]
#[test]
fn diagonal() {
    let m = matrix();
    let d = comp![m[i][i] for i in 0..m.len().min(m[0].len())];
    assert_eq!(d, vec![1, 6, 11]);
}

// [x for row in m for x in row]
#[test]
fn flatten_matrix() {
    let m = matrix();
    let flat = comp![x for row in &m for x in row];
    assert_eq!(
        flat,
        (1..=12).collect::<Vec<i32>>().iter().collect::<Vec<_>>()
    );
}

// max(abs(a - b) for a, b in zip(u, v))
#[test]
fn max_abs_diff() {
    let u = [1.0f64, 2.5, 3.0];
    let v = [1.5, 2.0, 5.0];
    let m = comp!(((a - b).abs() for (a, b) in u.iter().zip(v))).fold(0.0, f64::max);
    assert_eq!(m, 2.0);
}

// [sum(col) / len(col) for col in zip(*data)]
#[test]
fn column_means() {
    let data = vec![vec![1.0, 10.0], vec![3.0, 20.0], vec![5.0, 30.0]];
    let means = comp![data.iter().map(|r| r[c]).sum::<f64>() / data.len() as f64 for c in 0..2];
    assert_eq!(means, vec![3.0, 20.0]);
}

// [x ** 2 for x in range(10) if x % 2]
#[test]
fn odd_squares() {
    let v = comp![x.pow(2) for x in 0..10u32 if x % 2 == 1];
    assert_eq!(v, vec![1, 9, 25, 49, 81]);
}

// [sum(1 for x in data if lo <= x < lo + width) for lo in edges]
#[test]
fn histogram_bins() {
    let data = vec![0.5, 1.2, 1.9, 2.0, 2.7, 3.1, 0.1];
    let edges = [0.0, 1.0, 2.0, 3.0];
    let width = 1.0;
    let counts = comp![Iterator::count(x for x in &data if lo <= *x < lo + width) for lo in edges];
    assert_eq!(counts, vec![2, 2, 2, 1]);
}

// row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
#[test]
fn pascal_rows() {
    let mut row = vec![1u64];
    for _ in 0..5 {
        let mid = comp![row[i] + row[i + 1] for i in 0..row.len() - 1];
        row = [vec![1], mid, vec![1]].concat();
    }
    assert_eq!(row, vec![1, 5, 10, 10, 5, 1]);
}

// [i for i in range(2, n) if sieve[i]]
#[test]
fn sieve_primes() {
    let n = 30;
    let mut sieve = vec![true; n];
    for i in 2..n {
        if sieve[i] {
            let mut j = i * i;
            while j < n {
                sieve[j] = false;
                j += i;
            }
        }
    }
    let primes = comp![i for i in 2..n if sieve[i]];
    assert_eq!(primes, vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
}

// [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
#[test]
fn primes_trial_division() {
    let v = comp![n for n in 2u32..30 if Iterator::all(&mut (d for d in 2..n if d * d <= n), |d| n % d != 0)];
    assert_eq!(v, vec![2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
}

// sum(c * x ** i for i, c in enumerate(coeffs))
#[test]
fn polynomial_eval() {
    let coeffs = [1, -2, 3]; // 1 - 2x + 3x^2
    let x: i64 = 4;
    let y: i64 = comp!((c * x.pow(i as u32) for (i, c) in coeffs.iter().enumerate())).sum();
    assert_eq!(y, 1 - 8 + 48);
}

// [round(x, 2) for x in vals]
#[test]
fn round_two_places() {
    let vals = [1.234f64, 5.678, 9.0];
    let r = comp![(x * 100.0).round() / 100.0 for x in vals];
    assert_eq!(r, vec![1.23, 5.68, 9.0]);
}

// [[a * b for b in v] for a in u]   (outer product)
#[test]
fn outer_product() {
    let u = [1, 2];
    let v = [3, 4, 5];
    let o = comp![[a * b for b in v] for a in u];
    assert_eq!(o, vec![vec![3, 4, 5], vec![6, 8, 10]]);
}

// [(x, y) for x in range(3) for y in range(3) if x != y]
#[test]
fn off_diagonal_pairs() {
    let v = comp![(x, y) for x in 0..3 for y in 0..3 if x != y];
    assert_eq!(v.len(), 6);
    assert!(!v.iter().any(|(a, b)| a == b));
    assert_eq!(v[0], (0, 1));
}

// {i: i * i for i in range(5)}
#[test]
fn squares_dict() {
    let d = comp!({i: i * i for i in 0..5});
    assert_eq!(d.len(), 5);
    assert_eq!(d[&4], 16);
}

// z = [(x - mu) / sigma for x in xs]
#[test]
fn zscores() {
    let xs = vec![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let mu = xs.iter().sum::<f64>() / xs.len() as f64;
    let sigma = (comp!(((x - mu).powi(2) for x in &xs)).sum::<f64>() / xs.len() as f64).sqrt();
    let z = comp![(x - mu) / sigma for x in &xs];
    assert_eq!(mu, 5.0);
    assert_eq!(sigma, 2.0);
    assert_eq!(z[0], -1.5);
    assert_eq!(z[7], 2.0);
}

// chunks = [data[i:i + n] for i in range(0, len(data), n)]
#[test]
fn chunks_by_step() {
    let data: Vec<i32> = (1..=7).collect();
    let n = 3;
    let chunks = comp![&data[i..(i + n).min(data.len())] for i in (0..data.len()).step_by(n)];
    assert_eq!(chunks, vec![&[1, 2, 3][..], &[4, 5, 6][..], &[7][..]]);
}

// clipped = [lo if x < lo else hi if x > hi else x for x in xs]
#[test]
fn clip_values() {
    let (lo, hi) = (0, 10);
    let xs = [-5, 3, 12, 10, 0];
    let c = comp![lo if x < lo else hi if x > hi else x for x in xs];
    assert_eq!(c, vec![0, 3, 10, 10, 0]);
}

// ---------------------------------------------------------------------------
// text processing
// ---------------------------------------------------------------------------

// [w.lower() for w in text.split() if w.isalpha()]
#[test]
fn lowercase_alpha_words() {
    let text = "The Quick brown fox2 jumps 42 Over";
    let v = comp![w.to_lowercase() for w in text.split_whitespace() if w.chars().all(char::is_alphabetic)];
    assert_eq!(v, vec!["the", "quick", "brown", "jumps", "over"]);
}

// [(a, b) for a, b in zip(tokens, tokens[1:])]
#[test]
fn bigrams() {
    let tokens: Vec<&str> = "to be or not to be".split(' ').collect();
    let bg = comp![(*a, *b) for (a, b) in tokens.iter().zip(&tokens[1..])];
    assert_eq!(bg.len(), 5);
    assert_eq!(bg[0], ("to", "be"));
    assert_eq!(bg[4], ("to", "be"));
}

// [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
#[test]
fn word_ngrams() {
    let tokens = vec!["a", "b", "c", "d"];
    let n = 3;
    let grams = comp![tokens[i..i + n].join(" ") for i in 0..tokens.len() - n + 1];
    assert_eq!(grams, vec!["a b c", "b c d"]);
}

// {w: len(w) for w in words}
#[test]
fn word_lengths_dict() {
    let words = vec!["apple", "fig", "banana"];
    let d = comp!({w: w.len() for w in &words});
    assert_eq!(d[&"fig"], 3);
    assert_eq!(d[&"banana"], 6);
}

// {w: words.count(w) for w in set(words)}
#[test]
fn word_counts() {
    let words = vec!["a", "b", "a", "c", "a", "b"];
    let uniq: HashSet<&str> = words.iter().copied().collect();
    let counts = comp!({w: words.iter().filter(|x| **x == w).count() for w in uniq});
    assert_eq!(counts["a"], 3);
    assert_eq!(counts["b"], 2);
    assert_eq!(counts["c"], 1);
}

// [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]
#[test]
fn config_lines_walrus() {
    let text = "  # comment\nkey = 1\n\n   \n  other=2  \n#x";
    let v =
        comp![s for line in text.lines() if !(s := line.trim()).is_empty() && !s.starts_with('#')];
    assert_eq!(v, vec!["key = 1", "other=2"]);
}

// dict(map(str.strip, line.split("=", 1)) for line in lines if "=" in line)
#[test]
fn parse_env_file() {
    let lines = ["HOST = localhost", "PORT=8080", "garbage", "URL = a=b"];
    let env =
        comp!({k.trim(): v.trim() for line in lines if let Some((k, v)) = line.split_once('=')});
    assert_eq!(env.len(), 3);
    assert_eq!(env["HOST"], "localhost");
    assert_eq!(env["URL"], "a=b");
}

// [f"{k}={v}" for k, v in sorted(params.items())]
#[test]
fn fstring_sorted_params() {
    let params: BTreeMap<&str, i32> = [("b", 2), ("a", 1)].into_iter().collect();
    let v = comp![format!("{k}={v}") for (k, v) in &params];
    assert_eq!(v.join("&"), "a=1&b=2");
}

// "".join(c for c in s if c.isdigit())
#[test]
fn digits_only() {
    let s = "tel: +1 (555) 010-9999";
    let d: String = comp!((c for c in s.chars() if c.is_ascii_digit())).collect();
    assert_eq!(d, "15550109999");
}

// "".join(c.upper() if i % 2 else c for i, c in enumerate(s))
#[test]
fn alternating_case() {
    let s = "abcdef";
    let out: String =
        comp!((c.to_ascii_uppercase() if i % 2 == 1 else c for (i, c) in s.chars().enumerate()))
            .collect();
    assert_eq!(out, "aBcDeF");
}

// "".join(w[0].upper() for w in phrase.split())
#[test]
fn acronym() {
    let phrase = "portable network graphics";
    let a: String =
        comp!((w.chars().next().unwrap().to_ascii_uppercase() for w in phrase.split_whitespace()))
            .collect();
    assert_eq!(a, "PNG");
}

// {c: s.count(c) for c in set(s)}
#[test]
fn char_counts() {
    let s = "mississippi";
    let counts = comp!({c: s.matches(c).count() for c in s.chars()});
    assert_eq!(counts[&'s'], 4);
    assert_eq!(counts[&'i'], 4);
    assert_eq!(counts[&'p'], 2);
    assert_eq!(counts[&'m'], 1);
}

// [[cell.strip() for cell in line.split(",")] for line in csv.splitlines()[1:]]
#[test]
fn parse_csv_body() {
    let csv = "name, age\nann , 31\n bob,27";
    let rows = comp![[cell.trim() for cell in line.split(',')] for line in csv.lines().skip(1)];
    assert_eq!(rows, vec![vec!["ann", "31"], vec!["bob", "27"]]);
}

// [dict(zip(header, row)) for row in rows]
#[test]
fn csv_rows_as_dicts() {
    let header = vec!["name", "age"];
    let rows = vec![vec!["ann", "31"], vec!["bob", "27"]];
    let recs = comp![{h: v for (h, v) in header.iter().zip(row)} for row in &rows];
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1][&"name"], &"bob");
}

// " ".join(w.capitalize() for w in s.split())
#[test]
fn title_case() {
    let s = "hello big  world";
    let words = comp![w[..1].to_uppercase() + &w[1..] for w in s.split_whitespace()];
    assert_eq!(words.join(" "), "Hello Big World");
}

// [w for w in words if w == w[::-1]]
#[test]
fn palindromes() {
    let words = ["level", "rust", "noon", "a", "ab"];
    let p = comp![w for w in words if w.chars().rev().collect::<String>() == w];
    assert_eq!(p, vec!["level", "noon", "a"]);
}

// "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
#[test]
fn caesar_cipher() {
    let s = "hello, World";
    let k = 3u8;
    let out: String = comp!((((c as u8 - b'a' + k) % 26 + b'a') as char if c.is_ascii_lowercase() else c for c in s.chars())).collect();
    assert_eq!(out, "khoor, Wruog");
}

// {s[i:i + 3] for i in range(len(s) - 2)}
#[test]
fn char_trigrams() {
    let s = "banana";
    let grams = comp!({&s[i..i + 3] for i in 0..s.len() - 2});
    let expect: HashSet<&str> = ["ban", "ana", "nan"].into_iter().collect();
    assert_eq!(grams, expect);
}

// [t for t in tokens if t not in stopwords]
#[test]
fn remove_stopwords() {
    let stop: HashSet<&str> = ["the", "a", "of"].into_iter().collect();
    let tokens = "the state of the art".split(' ');
    let kept = comp![t for t in tokens if !stop.contains(t)];
    assert_eq!(kept, vec!["state", "art"]);
}

// [h.split(":", 1)[1].strip() for h in raw_headers]
#[test]
fn header_values() {
    let raw = ["Host: example.com", "Accept:  */*"];
    let v = comp![h.split_once(':').unwrap().1.trim() for h in raw];
    assert_eq!(v, vec!["example.com", "*/*"]);
}

// sum(1 for c in s.lower() if c in "aeiou")
#[test]
fn count_vowels() {
    let s = "Programming In Rust";
    let n = comp!((1 for c in s.to_lowercase().chars() if "aeiou".contains(c))).sum::<usize>();
    assert_eq!(n, 5);
}

// [f"{i:03d}: {line}" for i, line in enumerate(lines, 1)]
#[test]
fn numbered_lines() {
    let text = "first\nsecond";
    let v = comp![format!("{i:03}: {line}") for (i, line) in (1..).zip(text.lines())];
    assert_eq!(v, vec!["001: first", "002: second"]);
}

// [w.strip(".,!?").lower() for w in text.split()]
#[test]
fn strip_punctuation() {
    let text = "Hello, world! Is it me?";
    let v =
        comp![w.trim_matches(|c: char| ".,!?".contains(c)).to_lowercase() for w in text.split(' ')];
    assert_eq!(v, vec!["hello", "world", "is", "it", "me"]);
}

// [(m, n) for m, n in (line.split() for line in lines)]
#[test]
fn kv_tokens_generator_source() {
    let lines = ["x 1", "y 2"];
    let v = comp![(p[0], p[1].parse::<i32>().unwrap()) for p in comp!((l.split(' ').collect::<Vec<_>>() for l in lines))];
    assert_eq!(v, vec![("x", 1), ("y", 2)]);
}

// [len(s) for s in sentence.split()]  inside an f-string summary
#[test]
fn fstring_with_conditional_arg() {
    let items = vec!["a", "bb"];
    let msgs = comp![format!("{} item{}", n, "" if n == 1 else "s") for n in [1, items.len()]];
    assert_eq!(msgs, vec!["1 item", "2 items"]);
}

// ---------------------------------------------------------------------------
// graph algorithms
// ---------------------------------------------------------------------------

fn graph() -> BTreeMap<&'static str, Vec<&'static str>> {
    [
        ("a", vec!["b", "c"]),
        ("b", vec!["d"]),
        ("c", vec!["d", "e"]),
        ("d", vec![]),
        ("e", vec!["a"]),
    ]
    .into_iter()
    .collect()
}

// {n: [b for a, b in edges if a == n] for n in nodes}
#[test]
fn adjacency_from_edges() {
    let edges = [(1, 2), (1, 3), (2, 3), (3, 1)];
    let nodes = [1, 2, 3, 4];
    let adj = comp!({n: [b for (a, b) in edges if a == n] for n in nodes});
    assert_eq!(adj[&1], vec![2, 3]);
    assert_eq!(adj[&3], vec![1]);
    assert!(adj[&4].is_empty());
}

// {n: [m for m in graph if n in graph[m]] for n in graph}
#[test]
fn reverse_graph() {
    let g = graph();
    let rev = comp!({*n: [*m for m in g.keys() if g[m].contains(n)] for n in g.keys()});
    assert_eq!(rev["d"], vec!["b", "c"]);
    assert_eq!(rev["a"], vec!["e"]);
    assert!(rev["b"] == vec!["a"]);
}

// frontier = {nb for n in frontier for nb in graph[n] if nb not in visited}
#[test]
fn bfs_levels() {
    let g = graph();
    let mut visited: HashSet<&str> = ["a"].into_iter().collect();
    let mut frontier: HashSet<&str> = ["a"].into_iter().collect();
    let mut levels = vec![];
    while !frontier.is_empty() {
        frontier = comp!({*nb for n in &frontier for nb in &g[n] if !visited.contains(nb)});
        visited.extend(frontier.iter().copied());
        let mut lv: Vec<_> = frontier.iter().copied().collect();
        lv.sort();
        levels.push(lv);
    }
    assert_eq!(levels, vec![vec!["b", "c"], vec!["d", "e"], vec![]]);
}

// indeg = {n: sum(1 for m in graph if n in graph[m]) for n in graph}
#[test]
fn in_degrees() {
    let g = graph();
    let indeg =
        comp!({n: Iterator::count(m for m in g.values() if m.contains(n)) for n in g.keys()});
    assert_eq!(indeg[&"d"], 2);
    assert_eq!(indeg[&"a"], 1);
    assert_eq!(indeg[&"b"], 1);
}

// [(u, v) for u, nbrs in graph.items() for v in nbrs]
#[test]
fn edge_list() {
    let g = graph();
    let edges = comp![(*u, *v) for (u, nbrs) in &g for v in nbrs];
    let mut expect = vec![];
    for (u, nbrs) in &g {
        for v in nbrs {
            expect.push((*u, *v));
        }
    }
    assert_eq!(edges, expect);
    assert_eq!(edges.len(), 6);
}

// sinks = [n for n, nbrs in graph.items() if not nbrs]
#[test]
fn sinks() {
    let g = graph();
    let s = comp![n for (n, nbrs) in &g if nbrs.is_empty()];
    assert_eq!(s, vec![&"d"]);
}

// weights = {(u, v): w for u, v, w in edge_list}
#[test]
fn weighted_edges_dict() {
    let el = vec![("a", "b", 1.5), ("b", "c", 2.0), ("a", "b", 3.0)];
    let w = comp!({(u, v): w for (u, v, w) in el});
    assert_eq!(w.len(), 2);
    assert_eq!(w[&("a", "b")], 3.0); // last wins
}

// dist = {n: 0 if n == src else float("inf") for n in graph}
#[test]
fn dijkstra_init() {
    let g = graph();
    let src = "c";
    let dist = comp!({*n: 0.0 if *n == src else f64::INFINITY for n in g.keys()});
    assert_eq!(dist["c"], 0.0);
    assert!(dist["a"].is_infinite());
}

// component = {n for n in nodes if find(n) == find(root)}   (union-find)
#[test]
fn union_find_component() {
    let parent = vec![0, 0, 1, 3, 3, 2];
    fn find(p: &[usize], mut x: usize) -> usize {
        while p[x] != x {
            x = p[x];
        }
        x
    }
    let comp_of_5 = comp!({n for n in 0..parent.len() if find(&parent, n) == find(&parent, 5)});
    let expect: HashSet<usize> = [0, 1, 2, 5].into_iter().collect();
    assert_eq!(comp_of_5, expect);
}

// topo: ready = [n for n in graph if indeg[n] == 0]   (Kahn's algorithm)
#[test]
fn kahn_topological_sort() {
    let dag: BTreeMap<u32, Vec<u32>> = [(1, vec![2, 3]), (2, vec![4]), (3, vec![4]), (4, vec![])]
        .into_iter()
        .collect();
    let mut indeg = comp!({*n: Iterator::count(v for vs in dag.values() for v in vs if v == n) for n in dag.keys()});
    let mut ready: VecDeque<u32> = comp![*n for (n, d) in &indeg if *d == 0].into();
    let mut order = vec![];
    while let Some(n) = ready.pop_front() {
        order.push(n);
        for m in &dag[&n] {
            let d = indeg.get_mut(m).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push_back(*m);
            }
        }
    }
    assert_eq!(order[0], 1);
    assert_eq!(order[3], 4);
    assert_eq!(order.len(), 4);
}

// ---------------------------------------------------------------------------
// game / grid code
// ---------------------------------------------------------------------------

const DIRS: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];

// [(x + dx, y + dy) for dx, dy in dirs if 0 <= x + dx < w and 0 <= y + dy < h]
#[test]
fn grid_neighbors_in_bounds() {
    let (w, h) = (3, 2);
    let (x, y) = (0, 1);
    let n = comp![(x + dx, y + dy) for (dx, dy) in DIRS if 0 <= x + dx < w && 0 <= y + dy < h];
    assert_eq!(n, vec![(1, 1), (0, 0)]);
}

// [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]
#[test]
fn king_moves() {
    let (x, y) = (5, 5);
    let n = comp![(x + dx, y + dy) for dx in [-1, 0, 1] for dy in [-1, 0, 1] if (dx, dy) != (0, 0)];
    assert_eq!(n.len(), 8);
    assert!(!n.contains(&(5, 5)));
}

fn life_neighbors(grid: &[Vec<u8>], r: usize, c: usize) -> u8 {
    let (h, w) = (grid.len() as i32, grid[0].len() as i32);
    // sum(grid[r + dr][c + dc] for dr in (-1,0,1) for dc in (-1,0,1)
    //     if (dr or dc) and 0 <= r + dr < h and 0 <= c + dc < w)
    comp!((grid[(r as i32 + dr) as usize][(c as i32 + dc) as usize]
        for dr in -1..=1 for dc in -1..=1
        if (dr != 0 || dc != 0) && 0 <= r as i32 + dr < h && 0 <= c as i32 + dc < w))
    .sum()
}

// [[1 if (n := live(r, c)) == 3 or (grid[r][c] and n == 2) else 0 for c in range(w)] for r in range(h)]
#[test]
fn game_of_life_blinker() {
    let grid = vec![vec![0, 0, 0], vec![1, 1, 1], vec![0, 0, 0]];
    let next = comp![[1 if (n := life_neighbors(&grid, r, c)) == 3 || (grid[r][c] == 1 && n == 2) else 0 for c in 0..3] for r in 0..3];
    assert_eq!(next, vec![vec![0, 1, 0], vec![0, 1, 0], vec![0, 1, 0]]);
}

// [(r, c) for r, row in enumerate(board) for c, v in enumerate(row) if v == "."]
#[test]
fn sudoku_empty_cells() {
    let board = ["5.3", "..7", "91."];
    let empty = comp![(r, c) for (r, row) in board.iter().enumerate() for (c, v) in row.chars().enumerate() if v == '.'];
    assert_eq!(empty, vec![(0, 1), (1, 0), (1, 1), (2, 2)]);
}

// [list(row) for row in zip(*grid[::-1])]   (rotate clockwise)
#[test]
fn rotate_clockwise() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let n = grid.len();
    let rot = comp![[grid[n - 1 - r][c] for r in 0..n] for c in 0..n];
    assert_eq!(rot, vec![vec![3, 1], vec![4, 2]]);
}

// "\n".join("".join("#" if cell else "." for cell in row) for row in grid)
#[test]
fn render_grid() {
    let grid = vec![vec![true, false], vec![false, true]];
    let s =
        comp![comp!(("#" if *cell else "." for cell in row)).collect::<String>() for row in &grid]
            .join("\n");
    assert_eq!(s, "#.\n.#");
}

// walls = {(r, c) for r, line in enumerate(lines) for c, ch in enumerate(line) if ch == "#"}
#[test]
fn wall_positions() {
    let maze = "#.#\n...\n##.";
    let walls = comp!({(r, c) for (r, line) in maze.lines().enumerate() for (c, ch) in line.chars().enumerate() if ch == '#'});
    assert_eq!(walls.len(), 4);
    assert!(walls.contains(&(2, 1)));
    assert!(!walls.contains(&(1, 1)));
}

// [p for p in pieces if p.color == turn and p.can_move(board)]
#[derive(Debug, Clone, Copy, PartialEq)]
struct Piece {
    color: u8,
    pos: (i32, i32),
}
impl Piece {
    fn moves(&self, size: i32) -> Vec<(i32, i32)> {
        comp![(self.pos.0 + dx, self.pos.1 + dy) for (dx, dy) in DIRS if 0 <= self.pos.0 + dx < size && 0 <= self.pos.1 + dy < size]
    }
}
#[test]
fn movable_pieces_method() {
    let pieces = vec![
        Piece {
            color: 0,
            pos: (0, 0),
        },
        Piece {
            color: 1,
            pos: (1, 1),
        },
        Piece {
            color: 0,
            pos: (5, 5),
        },
    ];
    let turn = 0;
    let movable = comp![p for p in &pieces if p.color == turn && !p.moves(3).is_empty()];
    assert_eq!(movable, vec![&pieces[0]]);
    assert_eq!(pieces[0].moves(3), vec![(0, 1), (1, 0)]);
}

// manhattan = [abs(x1 - x2) + abs(y1 - y2) for (x1, y1), (x2, y2) in zip(a, b)]
#[test]
fn manhattan_pairs() {
    let a = [(0i32, 0i32), (1, 5)];
    let b = [(3, 4), (-1, 2)];
    let d =
        comp![(x1 - x2).abs() + (y1 - y2).abs() for ((x1, y1), (x2, y2)) in a.iter().zip(b.iter())];
    assert_eq!(d, vec![7, 5]);
}

// ---------------------------------------------------------------------------
// ORM / web handlers (sync)
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct User {
    id: u32,
    name: String,
    email: String,
    active: bool,
    dept: String,
    age: u32,
}

fn users() -> Vec<User> {
    let mk = |id, name: &str, active, dept: &str, age| User {
        id,
        name: name.to_string(),
        email: format!("{}@corp.example", name.to_lowercase()),
        active,
        dept: dept.to_string(),
        age,
    };
    vec![
        mk(1, "Ann", true, "eng", 31),
        mk(2, "Bob", false, "ops", 45),
        mk(3, "Cid", true, "eng", 27),
        mk(4, "Dee", true, "ops", 38),
    ]
}

#[derive(Debug, PartialEq)]
struct UserOut {
    id: u32,
    name: String,
}

fn serialize(u: &User) -> UserOut {
    UserOut {
        id: u.id,
        name: u.name.clone(),
    }
}

// [serialize(o) for o in qs if o.active]
#[test]
fn serialize_active() {
    let qs = users();
    let out = comp![serialize(o) for o in &qs if o.active];
    assert_eq!(out.iter().map(|u| u.id).collect::<Vec<_>>(), vec![1, 3, 4]);
}

// {d: [u.name for u in users if u.dept == d] for d in depts}
#[test]
fn group_names_by_dept() {
    let us = users();
    let depts = ["eng", "ops", "hr"];
    let g = comp!({d: [u.name.as_str() for u in &us if u.dept == d] for d in depts});
    assert_eq!(g["eng"], vec!["Ann", "Cid"]);
    assert_eq!(g["ops"], vec!["Bob", "Dee"]);
    assert!(g["hr"].is_empty());
}

struct Doc {
    id: u32,
    body: &'static str,
}

// index = {w: {d.id for d in docs if w in d.body.split()} for w in vocab}
#[test]
fn inverted_index() {
    let docs = vec![
        Doc {
            id: 1,
            body: "rust is fast",
        },
        Doc {
            id: 2,
            body: "python is easy",
        },
        Doc {
            id: 3,
            body: "rust and python",
        },
    ];
    let vocab: HashSet<&str> = comp!({w for d in &docs for w in d.body.split(' ')});
    let index =
        comp!({w: {d.id for d in &docs if d.body.split(' ').any(|x| x == *w)} for w in &vocab});
    assert_eq!(vocab.len(), 6); // rust is fast python easy and
    assert_eq!(index[&"rust"], [1, 3].into_iter().collect());
    assert_eq!(index[&"is"], [1, 2].into_iter().collect());
}

// by_id = {u.id: u for u in users}
#[test]
fn users_by_id_owned() {
    let by_id = comp!({u.id: u for u in users()});
    assert_eq!(by_id[&3].name, "Cid");
    assert_eq!(by_id.len(), 4);
}

// "&".join(f"{k}={quote(v)}" for k, v in params.items())
#[test]
fn query_string() {
    let params = vec![("q", "rust lang"), ("page", "2")];
    let qs = comp![format!("{k}={}", v.replace(' ', "+")) for (k, v) in &params].join("&");
    assert_eq!(qs, "q=rust+lang&page=2");
}

struct Cart {
    items: Vec<(String, u32, f64)>,
    discount: f64,
}
impl Cart {
    // return [{"sku": s, "total": q * p * (1 - self.discount)} for s, q, p in self.items if q]
    fn lines(&self) -> Vec<(&str, f64)> {
        comp![(sku.as_str(), *q as f64 * p * (1.0 - self.discount)) for (sku, q, p) in &self.items if *q > 0]
    }
    // self.items = [(s, q, p) for s, q, p in self.items if s not in removed]
    fn remove(&mut self, removed: &[&str]) {
        self.items = comp![(s, q, p) for (s, q, p) in self.items.drain(..) if !removed.contains(&s.as_str())];
    }
}
#[test]
fn cart_methods() {
    let mut cart = Cart {
        items: vec![
            ("A".into(), 2, 10.0),
            ("B".into(), 0, 5.0),
            ("C".into(), 1, 4.0),
        ],
        discount: 0.5,
    };
    assert_eq!(cart.lines(), vec![("A", 10.0), ("C", 2.0)]);
    cart.remove(&["A"]);
    assert_eq!(cart.items.len(), 2);
    assert_eq!(cart.items[0].0, "B");
}

// def active_ids(users): return (u.id for u in users if u.active)
fn active_ids(users: Vec<User>) -> impl Iterator<Item = u32> {
    comp!(move (u.id for u in users if u.active))
}
#[test]
fn returned_lazy_generator() {
    let ids: Vec<u32> = active_ids(users()).collect();
    assert_eq!(ids, vec![1, 3, 4]);
}

enum Query {
    Ids,
    Emails { domain: String },
    Adults(u32),
}

// match handler: return [u.email for u in users if u.email.endswith(domain)]
#[test]
fn comprehension_in_match_arms() {
    let us = users();
    let run = |q: Query| -> Vec<String> {
        match q {
            Query::Ids => comp![u.id.to_string() for u in &us],
            Query::Emails { domain } => {
                comp![u.email.clone() for u in &us if u.email.ends_with(&domain)]
            }
            Query::Adults(min) => comp![u.name.clone() for u in &us if u.age >= min],
        }
    };
    assert_eq!(run(Query::Ids), vec!["1", "2", "3", "4"]);
    assert_eq!(
        run(Query::Emails {
            domain: "corp.example".into()
        })
        .len(),
        4
    );
    assert_eq!(run(Query::Adults(38)), vec!["Bob", "Dee"]);
}

#[derive(Debug)]
struct Page {
    items: Vec<UserOut>,
    total: usize,
    depts: HashSet<String>,
}

// Page(items=[serialize(u) for u in users], total=len(users), depts={u.dept for u in users})
#[test]
fn comprehension_in_struct_literal() {
    let us = users();
    let page = Page {
        items: comp![serialize(u) for u in &us if u.age < 40],
        total: us.len(),
        depts: comp!({u.dept.clone() for u in &us}),
    };
    assert_eq!(page.items.len(), 3);
    assert_eq!(page.total, 4);
    assert_eq!(page.depts.len(), 2);
}

#[derive(Debug, PartialEq)]
struct BadRow(String);

// ages = [int(row["age"]) for row in rows]   (raises ValueError)
fn parse_ages(rows: &[HashMap<&str, &str>]) -> Result<Vec<u32>, BadRow> {
    let ages =
        comp![row["age"].parse::<u32>().map_err(|e| BadRow(e.to_string()))? for row in rows]?;
    Ok(ages)
}
#[test]
fn question_mark_in_element() {
    let ok = vec![
        [("age", "3")].into_iter().collect(),
        [("age", "40")].into_iter().collect(),
    ];
    assert_eq!(parse_ages(&ok), Ok(vec![3, 40]));
    let bad: Vec<HashMap<&str, &str>> = vec![[("age", "x")].into_iter().collect()];
    assert!(parse_ages(&bad).is_err());
}

// headers = {k.lower(): v for k, v in raw_headers}
#[test]
fn lowercase_headers() {
    let raw = vec![("Content-Type", "text/html"), ("X-Id", "7")];
    let h = comp!({k.to_lowercase(): v for (k, v) in raw});
    assert_eq!(h["content-type"], "text/html");
}

// offsets = [page * size for page in range(math.ceil(total / size))]
#[test]
fn pagination_offsets() {
    let (total, size) = (23u32, 10u32);
    let offsets = comp![page * size for page in 0..total.div_ceil(size)];
    assert_eq!(offsets, vec![0, 10, 20]);
}

// filter_by = lambda min_age: [u.name for u in users if u.age >= min_age]
#[test]
fn comprehension_in_closure() {
    let us = users();
    let older_than = |min_age: u32| comp![u.name.as_str() for u in &us if u.age >= min_age];
    assert_eq!(older_than(40), vec!["Bob"]);
    assert_eq!(older_than(30).len(), 3);
}

// if let: [u.name for u in users if (m := managers.get(u.id)) and m.active]
#[test]
fn if_let_lookup() {
    let us = users();
    let managers: HashMap<u32, &User> = [(1, &us[3]), (2, &us[1])].into_iter().collect();
    let v = comp![(u.name.as_str(), m.name.as_str()) for u in &us if let Some(m) = managers.get(&u.id) if m.active];
    assert_eq!(v, vec![("Ann", "Dee")]);
}

// counts = {d: len([u for u in users if u.dept == d]) for d in {u.dept for u in users}}
#[test]
fn nested_set_as_iterable() {
    let us = users();
    let counts = comp!({d: us.iter().filter(|u| &u.dept == d).count() for d in comp!({&u.dept for u in &us})});
    assert_eq!(counts[&"eng".to_string()], 2);
    assert_eq!(counts.len(), 2);
}

// json = {"users": [{"id": u.id, "tags": [t for t in tags[u.id]]} for u in users]}
#[test]
fn nested_displays_json_like() {
    let us = users();
    let tags: HashMap<u32, Vec<&str>> = [(1, vec!["admin"]), (3, vec!["new", "intern"])]
        .into_iter()
        .collect();
    let out = comp![(u.id, [t.to_uppercase() for t in tags.get(&u.id).into_iter().flatten()]) for u in &us if u.active];
    assert_eq!(out[0], (1, vec!["ADMIN".to_string()]));
    assert_eq!(out[1].1, vec!["NEW", "INTERN"]);
    assert!(out[2].1.is_empty());
}

// let clause: [(u.name, score) for u in users for score in [u.age * 2] if score > 60]
#[test]
fn let_clause_score() {
    let us = users();
    let v = comp![(u.name.as_str(), score) for u in &us let score = u.age * 2 if score > 60];
    assert_eq!(v, vec![("Ann", 62), ("Bob", 90), ("Dee", 76)]);
}

// ---------------------------------------------------------------------------
// async services
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct HttpError {
    url: String,
    status: u16,
}

#[derive(Default)]
struct Client {
    latency_ms: u64,
    in_flight: AtomicUsize,
    peak: AtomicUsize,
    calls: AtomicUsize,
    flaky: Mutex<HashMap<String, u32>>,
    missing: HashSet<String>,
    delays: HashMap<String, u64>,
}

impl Client {
    fn new(latency_ms: u64) -> Self {
        Client {
            latency_ms,
            ..Default::default()
        }
    }
    fn missing(mut self, url: &str) -> Self {
        self.missing.insert(url.to_string());
        self
    }
    fn flaky(self, url: &str, failures: u32) -> Self {
        self.flaky.lock().unwrap().insert(url.to_string(), failures);
        self
    }
    fn delay(mut self, url: &str, ms: u64) -> Self {
        self.delays.insert(url.to_string(), ms);
        self
    }
    fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
    fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
    async fn get(&self, url: &str) -> Result<String, HttpError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        let ms = self.delays.get(url).copied().unwrap_or(self.latency_ms);
        tokio::time::sleep(Duration::from_millis(ms)).await;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        if self.missing.contains(url) {
            return Err(HttpError {
                url: url.to_string(),
                status: 404,
            });
        }
        if let Some(n) = self.flaky.lock().unwrap().get_mut(url) {
            if *n > 0 {
                *n -= 1;
                return Err(HttpError {
                    url: url.to_string(),
                    status: 503,
                });
            }
        }
        Ok(format!("<{url}>"))
    }
    async fn status(&self, url: &str) -> u16 {
        match self.get(url).await {
            Ok(_) => 200,
            Err(e) => e.status,
        }
    }
    async fn try_get(&self, url: &str) -> Option<String> {
        self.get(url).await.ok()
    }
    async fn user(&self, id: u32) -> Option<User> {
        self.get(&format!("/users/{id}")).await.ok()?;
        users().into_iter().find(|u| u.id == id)
    }
    async fn is_allowed(&self, u: &User) -> bool {
        tokio::time::sleep(Duration::from_millis(self.latency_ms)).await;
        u.active && u.age < 40
    }
    async fn neighbors(&self, n: &str) -> Vec<&'static str> {
        tokio::time::sleep(Duration::from_millis(self.latency_ms)).await;
        graph().get(n).cloned().unwrap_or_default()
    }
}

fn urls(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("/u/{i}")).collect()
}

fn elapsed_ms(start: tokio::time::Instant) -> u128 {
    start.elapsed().as_millis()
}

// A paginated API: each page is one request.
fn paginate(
    client: &Client,
    total: u32,
    per_page: u32,
) -> impl futures::Stream<Item = Vec<u32>> + '_ {
    futures::stream::unfold(0u32, move |offset| async move {
        if offset >= total {
            return None;
        }
        client.get(&format!("/items?offset={offset}")).await.ok()?;
        Some((
            (offset..(offset + per_page).min(total)).collect::<Vec<u32>>(),
            offset + per_page,
        ))
    })
}

// Pages that may fail.
fn paginate_fallible(
    client: &Client,
    pages: u32,
) -> impl futures::Stream<Item = Result<Vec<u32>, HttpError>> + '_ {
    futures::stream::unfold(0u32, move |p| async move {
        if p >= pages {
            return None;
        }
        let r = client
            .get(&format!("/page/{p}"))
            .await
            .map(|_| vec![p * 10, p * 10 + 1]);
        Some((r, p + 1))
    })
}

// results = await asyncio.gather(*[fetch(session, u) for u in urls])
#[tokio::test(start_paused = true)]
async fn gather_all() {
    let client = Client::new(100);
    let urls = urls(20);
    let start = tokio::time::Instant::now();
    let bodies = acomp![client.get(u).await for u in &urls; concurrency = urls.len()];
    assert_eq!(elapsed_ms(start), 100);
    assert_eq!(bodies.len(), 20);
    assert_eq!(bodies[7], Ok("</u/7>".to_string()));
    assert_eq!(client.peak(), 20);
}

// bodies = [await fetch(session, u) for u in urls]   (sequential)
#[tokio::test(start_paused = true)]
async fn sequential_awaits() {
    let client = Client::new(100);
    let urls = urls(5);
    let start = tokio::time::Instant::now();
    let bodies = acomp![await client.get(u) for u in &urls];
    assert_eq!(elapsed_ms(start), 500);
    assert_eq!(client.peak(), 1);
    assert!(bodies.iter().all(|b| b.is_ok()));
}

// sem = asyncio.Semaphore(3)
// async def bounded(u): async with sem: return await fetch(u)
// await asyncio.gather(*[bounded(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn semaphore_bounded() {
    let client = Client::new(100);
    let urls = urls(9);
    let start = tokio::time::Instant::now();
    let bodies = acomp![client.get(u).await.unwrap() for u in &urls; concurrency = 3];
    assert_eq!(elapsed_ms(start), 300);
    assert_eq!(client.peak(), 3);
    assert_eq!(bodies[8], "</u/8>");
}

// try: pages = await asyncio.gather(*[fetch(u) for u in urls]) except HTTPError
#[tokio::test(start_paused = true)]
async fn gather_fail_fast() {
    let client = Client::new(100).missing("/u/1");
    let urls = urls(10);
    let r = acomp![client.get(u).await? for u in &urls; concurrency = 2];
    assert_eq!(
        r,
        Err(HttpError {
            url: "/u/1".into(),
            status: 404
        })
    );
    // the error surfaced after the first batch of 2; nothing more started
    assert!(client.calls() <= 3, "calls = {}", client.calls());
}

// for coro in asyncio.as_completed([fetch(u) for u in urls]): ...
#[tokio::test(start_paused = true)]
async fn unordered_completion_order() {
    let client = Client::new(100)
        .delay("/u/0", 300)
        .delay("/u/1", 50)
        .delay("/u/2", 200);
    let urls = urls(3);
    let order = acomp![{ client.get(u).await.unwrap(); u.as_str() } for u in &urls; concurrency = 3, unordered];
    assert_eq!(order, vec!["/u/1", "/u/2", "/u/0"]);
}

// [await fetch_with_retry(u, attempts=3) for u in urls]   (retry loop inline)
#[tokio::test(start_paused = true)]
async fn retries_inline_in_element() {
    let client = Client::new(10).flaky("/u/1", 2).flaky("/u/2", 5);
    let urls = urls(3);
    let results = acomp![
        {
            let mut attempt = 0;
            loop {
                match client.get(u).await {
                    Ok(b) => break Ok(b),
                    Err(e) if attempt >= 2 => break Err(e.status),
                    Err(_) => attempt += 1,
                }
            }
        }
        for u in &urls; concurrency = 3
    ];
    assert_eq!(
        results,
        vec![Ok("</u/0>".to_string()), Ok("</u/1>".to_string()), Err(503)]
    );
}

async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> Result<String, HttpError> {
    let mut last = None;
    for _ in 0..attempts {
        match client.get(url).await {
            Ok(b) => return Ok(b),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap())
}

// await asyncio.gather(*[fetch_with_retry(s, u, 3) for u in urls])
#[tokio::test(start_paused = true)]
async fn retries_via_helper() {
    let client = Client::new(10).flaky("/u/0", 1);
    let urls = urls(4);
    let bodies = acomp![fetch_with_retry(&client, u, 3).await? for u in &urls; concurrency = 4];
    assert_eq!(bodies.unwrap().len(), 4);
    assert_eq!(client.calls(), 5);
}

// items = [item async for page in paginate(client) for item in page]
#[tokio::test(start_paused = true)]
async fn async_for_paginated() {
    let client = Client::new(10);
    let items = acomp![item async for page in paginate(&client, 7, 3) for item in page];
    assert_eq!(items, (0..7).collect::<Vec<u32>>());
    assert_eq!(client.calls(), 3);
}

// evens = [i async for page in paginate(client) for i in page if i % 2 == 0]
#[tokio::test(start_paused = true)]
async fn async_for_paginated_filter() {
    let client = Client::new(10);
    let evens = acomp![i async for page in paginate(&client, 10, 4) for i in page if i % 2 == 0];
    assert_eq!(evens, vec![0, 2, 4, 6, 8]);
}

// all_items = [x async for page in pages() for x in page]  (pages may raise)
#[tokio::test(start_paused = true)]
async fn async_for_fallible_pages() {
    let client = Client::new(10);
    let items = acomp![x async for page in paginate_fallible(&client, 3) for x in page?];
    assert_eq!(items, Ok(vec![0, 1, 10, 11, 20, 21]));
    let bad = Client::new(10).missing("/page/1");
    let items = acomp![x async for page in paginate_fallible(&bad, 3) for x in page?];
    assert_eq!(items.unwrap_err().status, 404);
}

// first_two = [x async for x in islice(stream, 2)]   -> lazy acomp consumed with StreamExt
#[tokio::test(start_paused = true)]
async fn lazy_take() {
    let client = Client::new(100);
    let urls = urls(10);
    let first: Vec<String> = acomp!((client.get(u).await.unwrap() for u in &urls))
        .take(2)
        .collect()
        .await;
    assert_eq!(first, vec!["</u/0>", "</u/1>"]);
    assert_eq!(client.calls(), 2);
}

// async for body in (await fetch(u) for u in urls): process(body)  with N in flight
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_while_let() {
    let client = Client::new(100);
    let urls = urls(6);
    let start = tokio::time::Instant::now();
    let mut stream = acomp!((client.get(u).await for u in &urls); concurrency = 3);
    let mut total = 0;
    while let Some(r) = stream.next().await {
        total += r.unwrap().len();
    }
    assert_eq!(elapsed_ms(start), 200);
    assert_eq!(total, 6 * "</u/0>".len());
}

// first = await anext(x async for x in stream if x > 10)
#[tokio::test]
async fn anext_first_match() {
    let s = futures::stream::iter(vec![3, 8, 12, 20]);
    let first = acomp!((x async for x in s if x > 10)).next().await;
    assert_eq!(first, Some(12));
}

struct Service {
    client: Client,
    endpoints: Vec<String>,
    cache: HashMap<String, String>,
    hits: u32,
}

impl Service {
    // async def health(self): return {e: await self.client.status(e) for e in self.endpoints}
    async fn health(&self) -> HashMap<&str, u16> {
        acomp!({e.as_str(): self.client.status(e).await for e in &self.endpoints; concurrency = 4})
    }
    // async def refresh(self): self.cache = {e: await self.client.get(e) for e in self.endpoints}
    async fn refresh(&mut self) -> Result<(), HttpError> {
        self.cache = acomp!({e.clone(): self.client.get(e).await? for e in &self.endpoints})?;
        Ok(())
    }
    async fn record(&mut self, e: &str) -> usize {
        self.hits += 1;
        self.client.get(e).await.map(|b| b.len()).unwrap_or(0)
    }
    // async def touch_all(self): return [await self.record(e) for e in endpoints]
    async fn touch_all(&mut self, endpoints: &[&str]) -> Vec<usize> {
        acomp![self.record(e).await for e in endpoints]
    }
}

#[tokio::test(start_paused = true)]
async fn async_methods_on_self() {
    let mut svc = Service {
        client: Client::new(20).missing("/down"),
        endpoints: vec!["/a".into(), "/down".into(), "/b".into()],
        cache: HashMap::new(),
        hits: 0,
    };
    let h = svc.health().await;
    assert_eq!(h["/a"], 200);
    assert_eq!(h["/down"], 404);
    assert!(svc.refresh().await.is_err());
    svc.endpoints.retain(|e| e != "/down");
    svc.refresh().await.unwrap();
    assert_eq!(svc.cache["/b"], "</b>");
    let lens = svc.touch_all(&["/a", "/down", "/abc"]).await;
    assert_eq!(lens, vec![4, 0, 6]);
    assert_eq!(svc.hits, 3);
}

// allowed = [u for u in users if await is_allowed(u)]
#[tokio::test(start_paused = true)]
async fn await_in_condition() {
    let client = Client::new(10);
    let us = users();
    let allowed = acomp![u.name.as_str() for u in &us if client.is_allowed(u).await];
    assert_eq!(allowed, vec!["Ann", "Cid", "Dee"]);
}

// rows = [(u, await status(u), len(await fetch(u))) for u in urls]
#[tokio::test(start_paused = true)]
async fn awaits_in_tuple() {
    let client = Client::new(10).missing("/u/1");
    let urls = urls(2);
    let rows = acomp![(u.as_str(), client.status(u).await, client.try_get(u).await.map(|b| b.len())) for u in &urls];
    assert_eq!(rows, vec![("/u/0", 200, Some(6)), ("/u/1", 404, None)]);
}

// statuses = {u: await client.status(u) for u in urls}
#[tokio::test(start_paused = true)]
async fn dict_of_statuses() {
    let client = Client::new(10).missing("/u/2");
    let urls = urls(3);
    let st = acomp!({u: client.status(u).await for u in &urls});
    assert_eq!(st[&"/u/2".to_string()], 404);
    assert_eq!(st.values().filter(|s| **s == 200).count(), 2);
}

// hosts = {await resolve(h) for h in names}
#[tokio::test]
async fn set_of_resolved() {
    async fn resolve(h: &str) -> &'static str {
        if h.ends_with(".example") {
            "10.0.0.1"
        } else {
            "10.0.0.2"
        }
    }
    let names = ["a.example", "b.example", "c.test"];
    let ips = acomp!({resolve(h).await for h in names});
    assert_eq!(ips.len(), 2);
}

// [r for u in urls if (r := await try_fetch(u)) is not None]
#[tokio::test(start_paused = true)]
async fn walrus_with_await() {
    let client = Client::new(10).missing("/u/0");
    let urls = urls(3);
    let bodies = acomp![r.unwrap() for u in &urls if (r := client.try_get(u).await).is_some()];
    assert_eq!(bodies, vec!["</u/1>", "</u/2>"]);
}

// [body for u in urls if (body := await fetch_or_none(u))]   -> if let
#[tokio::test(start_paused = true)]
async fn if_let_skip_failures() {
    let client = Client::new(10).missing("/u/1");
    let urls = urls(3);
    let ok = acomp![body for u in &urls if let Ok(body) = client.get(u).await];
    assert_eq!(ok, vec!["</u/0>", "</u/2>"]);
}

// pages = [await fetch(u) for u in urls]   (raises)  -> prefix await and ?
#[tokio::test(start_paused = true)]
async fn prefix_await_with_question() {
    let client = Client::new(10);
    let urls = urls(3);
    let pages = acomp![await client.get(u)? for u in &urls];
    assert_eq!(pages.unwrap()[2], "</u/2>");
}

// msgs = [m async for ch in channels async for m in ch]
#[tokio::test]
async fn nested_async_for() {
    let channels = futures::stream::iter(vec![
        futures::stream::iter(vec!["a1", "a2"]),
        futures::stream::iter(vec!["b1"]),
    ]);
    let msgs = acomp![m async for ch in channels async for m in ch];
    assert_eq!(msgs, vec!["a1", "a2", "b1"]);
}

// shared aiohttp session passed to every coroutine (Arc)
#[tokio::test(start_paused = true)]
async fn arc_shared_client() {
    let client = Arc::new(Client::new(50));
    let urls = urls(4);
    let start = tokio::time::Instant::now();
    let lens = acomp![client.get(&u).await.unwrap().len() for u in urls; concurrency = 2];
    assert_eq!(elapsed_ms(start), 100);
    assert_eq!(lens, vec![6; 4]);
    assert_eq!(Arc::strong_count(&client), 1);
}

// def bodies(session, urls): return (await fetch(session, u) for u in urls)
fn bodies_stream(client: Arc<Client>, urls: Vec<String>) -> impl futures::Stream<Item = String> {
    acomp!(move (client.get(&u).await.unwrap_or_default() for u in urls))
}

#[tokio::test(start_paused = true)]
async fn returned_lazy_stream_move() {
    let client = Arc::new(Client::new(10).missing("/u/1"));
    let s = bodies_stream(client.clone(), urls(3));
    let v: Vec<String> = s.collect().await;
    assert_eq!(
        v,
        vec!["</u/0>".to_string(), String::new(), "</u/2>".to_string()]
    );
}

// [await fetch(u) if u.startswith("/u/") else None for u in urls]
#[tokio::test(start_paused = true)]
async fn await_in_conditional_branch() {
    let client = Client::new(10);
    let urls = vec!["/u/1".to_string(), "ftp://x".to_string()];
    let v = acomp![client.try_get(u).await if u.starts_with("/u/") else None for u in &urls];
    assert_eq!(v, vec![Some("</u/1>".to_string()), None]);
    assert_eq!(client.calls(), 1);
}

// {h: "up" if await ping(h) else "down" for h in hosts}
#[tokio::test(start_paused = true)]
async fn conditional_dict_value_with_await() {
    let client = Client::new(10).missing("/db");
    let hosts = ["/web", "/db"];
    let st = acomp!({h: "up" if client.get(h).await.is_ok() else "down" for h in hosts});
    assert_eq!(st["/web"], "up");
    assert_eq!(st["/db"], "down");
}

fn log_line(url: &str, outcome: &str) -> String {
    format!("{url} -> {outcome}")
}

// [log(u, "ok" if await ok(u) else "fail") for u in urls]
#[tokio::test(start_paused = true)]
async fn conditional_in_call_argument_with_await() {
    let client = Client::new(10).missing("/u/0");
    let urls = urls(2);
    let lines =
        acomp![log_line(u, "ok" if client.status(u).await == 200 else "fail") for u in &urls];
    assert_eq!(lines, vec!["/u/0 -> fail", "/u/1 -> ok"]);
}

async fn load(doc: u32) -> Vec<i32> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    vec![doc as i32, -(doc as i32), 2 * doc as i32]
}

// [[x for x in await load(d) if x > 0] for d in docs]
#[tokio::test(start_paused = true)]
async fn nested_list_over_awaited_iterable() {
    let docs = [1, 2];
    let v = acomp![[x for x in load(d).await if x > 0] for d in docs];
    assert_eq!(v, vec![vec![1, 2], vec![2, 4]]);
}

// total = sum([len(await fetch(u)) for u in urls])
#[tokio::test(start_paused = true)]
async fn sum_of_awaited() {
    let client = Client::new(10);
    let urls = urls(3);
    let total: usize = acomp![client.get(u).await.unwrap().len() for u in &urls; concurrency = 3]
        .iter()
        .sum();
    assert_eq!(total, 18);
}

// total = sum([len(b) async for b in bodies])  -> lazy stream folded
#[tokio::test(start_paused = true)]
async fn lazy_fold() {
    let client = Client::new(10);
    let urls = urls(4);
    let total = acomp!((client.get(u).await.unwrap().len() for u in &urls))
        .fold(0, |a, n| async move { a + n })
        .await;
    assert_eq!(total, 24);
}

#[derive(Debug, Clone)]
struct Record {
    id: u32,
    valid: bool,
    raw: &'static str,
}

async fn transform(r: &Record) -> Option<String> {
    if r.raw.is_empty() {
        None
    } else {
        Some(r.raw.to_uppercase())
    }
}

// cleaned = [t async for r in source() if r.valid if (t := await transform(r))]
#[tokio::test]
async fn etl_stage() {
    let source = futures::stream::iter(vec![
        Record {
            id: 1,
            valid: true,
            raw: "a",
        },
        Record {
            id: 2,
            valid: false,
            raw: "b",
        },
        Record {
            id: 3,
            valid: true,
            raw: "",
        },
        Record {
            id: 4,
            valid: true,
            raw: "d",
        },
    ]);
    let cleaned =
        acomp![(r.id, t) async for r in source if r.valid if let Some(t) = transform(&r).await];
    assert_eq!(cleaned, vec![(1, "A".to_string()), (4, "D".to_string())]);
}

async fn dept_users(client: &Client, dept: &str) -> Vec<User> {
    tokio::time::sleep(Duration::from_millis(client.latency_ms)).await;
    users().into_iter().filter(|u| u.dept == dept).collect()
}

// {d: [u.name for u in await dept_users(d)] for d in depts}
#[tokio::test(start_paused = true)]
async fn dict_of_lists_awaited_inner_iterable() {
    let client = Client::new(10);
    let depts = ["eng", "ops"];
    let g = acomp!({d: [u.name for u in dept_users(&client, d).await] for d in depts});
    assert_eq!(g["eng"], vec!["Ann", "Cid"]);
    assert_eq!(g["ops"], vec!["Bob", "Dee"]);
}

// values = dict(zip(keys, await asyncio.gather(*[cache.get(k) for k in keys])))
#[tokio::test(start_paused = true)]
async fn gather_into_dict() {
    let client = Client::new(100);
    let keys = ["/k/a", "/k/b", "/k/c"];
    let start = tokio::time::Instant::now();
    let values = acomp!({k: client.get(k).await.unwrap() for k in keys; concurrency = 8});
    assert_eq!(elapsed_ms(start), 100);
    assert_eq!(values["/k/b"], "</k/b>");
}

// [await asyncio.wait_for(fetch(u), timeout=0.1) for u in urls]  (TimeoutError -> None)
#[tokio::test(start_paused = true)]
async fn timeouts_per_item() {
    let client = Client::new(50).delay("/u/1", 500);
    let urls = urls(3);
    let r = acomp![tokio::time::timeout(Duration::from_millis(100), client.get(u)).await.ok() for u in &urls; concurrency = 3];
    assert_eq!(r[0], Some(Ok("</u/0>".to_string())));
    assert_eq!(r[1], None);
    assert!(r[2].is_some());
}

// [(i, await fetch(u)) for i, u in enumerate(urls, 1)]
#[tokio::test(start_paused = true)]
async fn enumerate_with_await() {
    let client = Client::new(10);
    let urls = urls(2);
    let v = acomp![(i, client.get(u).await.unwrap()) for (i, u) in (1..).zip(&urls)];
    assert_eq!(
        v,
        vec![(1, "</u/0>".to_string()), (2, "</u/1>".to_string())]
    );
}

// header = [x async for x in islice(stream, 2)]; rest = [x async for x in stream]
#[tokio::test]
async fn async_for_over_mut_stream() {
    let mut s = futures::stream::iter(1..=5);
    let first = acomp![x async for x in (&mut s).take(2)];
    let rest = acomp![x * 10 async for x in &mut s];
    assert_eq!(first, vec![1, 2]);
    assert_eq!(rest, vec![30, 40, 50]);
}

async fn check(x: i32) -> bool {
    x % 3 != 0
}

// [x async for x in aiter() if await check(x)]
#[test]
fn block_on_async_condition() {
    let v = futures::executor::block_on(async {
        let s = futures::stream::iter(1..=7);
        acomp![x async for x in s if await check(x)]
    });
    assert_eq!(v, vec![1, 2, 4, 5, 7]);
}

// seen |= (new := {link for page in pages for link in links(page) if link not in seen})  (async crawler)
#[tokio::test(start_paused = true)]
async fn async_bfs_crawl() {
    let client = Client::new(10);
    let mut seen: HashSet<&str> = ["a"].into_iter().collect();
    let mut frontier = vec!["a"];
    let mut rounds = 0;
    while !frontier.is_empty() {
        let adj = acomp!({n: client.neighbors(n).await for n in &frontier; concurrency = 4});
        let next = comp!({*m for ns in adj.values() for m in ns if !seen.contains(m)});
        seen.extend(next.iter().copied());
        frontier = next.into_iter().collect();
        rounds += 1;
    }
    assert_eq!(rounds, 3);
    assert_eq!(seen.len(), 5);
}

// async for r in (await fetch(u) for u in urls): ...   raising: stream of results ends after first error
#[tokio::test(start_paused = true)]
async fn lazy_with_question_stream() {
    let client = Client::new(10).missing("/u/1");
    let urls = urls(4);
    let items: Vec<Result<String, HttpError>> = acomp!((client.get(u).await? for u in &urls))
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    assert_eq!(items[1].as_ref().unwrap_err().status, 404);
}

// asyncio.create_task(worker()) where worker gathers with a shared session
#[tokio::test(start_paused = true)]
async fn inside_spawned_task() {
    let client = Arc::new(Client::new(10));
    let c2 = client.clone();
    let h = tokio::spawn(async move {
        let urls = urls(5);
        acomp![c2.get(u).await.unwrap() for u in &urls; concurrency = 5]
    });
    let v = h.await.unwrap();
    assert_eq!(v.len(), 5);
    assert_eq!(client.calls(), 5);
}

enum Job {
    Fetch(Vec<String>),
    Statuses(Vec<&'static str>),
}

// match job: case Fetch(urls): return [await fetch(u) for u in urls] ...
async fn run_job(client: &Client, job: Job) -> Vec<String> {
    match job {
        Job::Fetch(urls) => {
            acomp![client.get(&u).await.unwrap_or_default() for u in urls; concurrency = 2]
        }
        Job::Statuses(hs) => acomp![format!("{h}={}", client.status(h).await) for h in hs],
    }
}

#[tokio::test(start_paused = true)]
async fn match_arms_async() {
    let client = Client::new(10).missing("/x");
    assert_eq!(
        run_job(&client, Job::Fetch(urls(2))).await,
        vec!["</u/0>", "</u/1>"]
    );
    assert_eq!(
        run_job(&client, Job::Statuses(vec!["/x", "/y"])).await,
        vec!["/x=404", "/y=200"]
    );
}

#[derive(Debug)]
struct Report {
    ok: Vec<String>,
    failed: HashSet<String>,
    count: usize,
}

// Report(ok=[u for u in urls if await up(u)], failed={u for u in urls if not await up(u)}, count=len(urls))
#[tokio::test(start_paused = true)]
async fn struct_literal_async() {
    let client = Client::new(10).missing("/u/2");
    let urls = urls(3);
    let r = Report {
        ok: acomp![u.clone() for u in &urls if client.status(u).await == 200],
        failed: acomp!({u.clone() for u in &urls if client.status(u).await != 200}),
        count: urls.len(),
    };
    assert_eq!(r.ok, vec!["/u/0", "/u/1"]);
    assert!(r.failed.contains("/u/2"));
    assert_eq!(r.count, 3);
}

// [(u, n) for u in urls if (n := len(await fetch(u) or "")) > 5]  -> let clause with await
#[tokio::test(start_paused = true)]
async fn let_clause_with_await() {
    let client = Client::new(10).missing("/u/1");
    let urls = vec!["/u/0".to_string(), "/u/1".to_string(), "/u/22".to_string()];
    let v = acomp![(u.as_str(), n) for u in &urls let n = client.get(u).await.map(|b| b.len()).unwrap_or(0) if n > 5];
    assert_eq!(v, vec![("/u/0", 6), ("/u/22", 7)]);
}

// results = await asyncio.gather(*[process(x) async for x in queue_items()])   (async source, bounded)
#[tokio::test(start_paused = true)]
async fn concurrency_over_async_source() {
    let client = Client::new(100);
    let source = futures::stream::iter(urls(6));
    let start = tokio::time::Instant::now();
    let v = acomp![client.get(&u).await.unwrap() async for u in source; concurrency = 3];
    assert_eq!(elapsed_ms(start), 200);
    assert_eq!(v[5], "</u/5>");
    assert_eq!(client.peak(), 3);
}

// done = next(asyncio.as_completed([fetch(u) for u in mirrors]))   (first to answer)
#[tokio::test(start_paused = true)]
async fn first_completed_mirror() {
    let client = Client::new(100)
        .delay("/m/eu", 80)
        .delay("/m/us", 20)
        .delay("/m/ap", 60);
    let mirrors = ["/m/eu", "/m/us", "/m/ap"];
    let first = acomp!((m async for m in futures::stream::iter(mirrors) if client.get(m).await.is_ok()); concurrency = 3, unordered).next().await;
    assert_eq!(first, Some("/m/us"));
}

// [await get(f"{host}{p}") for host in hosts for p in paths]   bounded
#[tokio::test(start_paused = true)]
async fn concurrency_with_outer_loop_variable() {
    let client = Client::new(100);
    let hosts = vec!["/h1".to_string(), "/h2".to_string()];
    let paths = ["/a", "/b"];
    let start = tokio::time::Instant::now();
    let v = acomp![client.get(&format!("{host}{p}")).await.unwrap() for host in &hosts for p in paths; concurrency = 2];
    assert_eq!(v, vec!["</h1/a>", "</h1/b>", "</h2/a>", "</h2/b>"]);
    assert!(elapsed_ms(start) >= 200);
}

struct Config {
    max_conns: usize,
}

// limit = cfg.max_conns; [await fetch(u) for u in urls]  (under a Semaphore(cfg.max_conns))
#[tokio::test(start_paused = true)]
async fn concurrency_from_config_inside_display() {
    let cfg = Config { max_conns: 4 };
    let client = Client::new(100);
    let urls = urls(8);
    let start = tokio::time::Instant::now();
    let v: Vec<usize> =
        acomp!((client.get(u).await.unwrap().len() for u in &urls; concurrency = cfg.max_conns))
            .collect()
            .await;
    assert_eq!(elapsed_ms(start), 200);
    assert_eq!(v.len(), 8);
    assert_eq!(client.peak(), 4);
}

// lines = [line.upper() async for line in reader if line.strip()]
#[tokio::test]
async fn async_lines() {
    let reader = futures::stream::iter("a\n \nb\n".split('\n'));
    let lines = acomp![line.to_uppercase() async for line in reader if !line.trim().is_empty()];
    assert_eq!(lines, vec!["A", "B"]);
}

async fn canonical(u: &str) -> String {
    u.trim_end_matches('/').to_lowercase()
}

// unique = {await canonical(u) for u in urls}
#[tokio::test]
async fn set_of_canonical() {
    let us = ["HTTP://A/", "http://a", "http://b/"];
    let s = acomp!({canonical(u).await for u in us});
    assert_eq!(s.len(), 2);
    assert!(s.contains("http://b"));
}

// profiles = [await get_user(i) for i in ids]   (None aborts -> Option)
#[tokio::test(start_paused = true)]
async fn option_question_mark() {
    let client = Client::new(10);
    let ok = acomp![client.user(id).await?.name for id in [1, 3]];
    assert_eq!(ok, Some(vec!["Ann".to_string(), "Cid".to_string()]));
    let missing = acomp![client.user(id).await?.name for id in [1, 9]];
    assert_eq!(missing, None);
}

async fn fetch_report(client: &Client, urls: &[String]) -> Result<usize, HttpError> {
    let bodies = acomp![client.get(u).await? for u in urls; concurrency = 3]?;
    Ok(comp!((b.len() for b in &bodies)).sum())
}

// async def report(urls): bodies = await gather(...); return sum(len(b) for b in bodies)
#[tokio::test(start_paused = true)]
async fn question_outside_comprehension() {
    let client = Client::new(10);
    assert_eq!(fetch_report(&client, &urls(3)).await, Ok(18));
    let client = Client::new(10).missing("/u/0");
    assert!(fetch_report(&client, &urls(3)).await.is_err());
}

// [await work(x) for x in xs]  with a shared counter (asyncio.Lock-protected dict)
#[tokio::test(start_paused = true)]
async fn shared_mutex_counter() {
    let counter = Arc::new(Mutex::new(HashMap::<String, u32>::new()));
    let client = Client::new(10);
    let xs = ["/a", "/b", "/a"];
    let v = acomp![
        {
            let b = client.get(x).await.unwrap();
            *counter.lock().unwrap().entry(x.to_string()).or_default() += 1;
            b
        }
        for x in xs; concurrency = 3
    ];
    assert_eq!(v.len(), 3);
    assert_eq!(counter.lock().unwrap()["/a"], 2);
}

// [[await get(f"{u}/{i}") for i in range(2)] for u in urls]
#[tokio::test(start_paused = true)]
async fn nested_acomp_lists() {
    let client = Client::new(10);
    let roots = ["/p", "/q"];
    let v = acomp![[client.get(&format!("{u}/{i}")).await.unwrap() for i in 0..2] for u in roots];
    assert_eq!(v, vec![vec!["</p/0>", "</p/1>"], vec!["</q/0>", "</q/1>"]]);
}

// [await fetch(u) for u in urls if not u.endswith(".png")]  bounded
#[tokio::test(start_paused = true)]
async fn filter_before_fetch_with_concurrency() {
    let client = Client::new(100);
    let urls = ["/a.html", "/b.png", "/c.css", "/d.png"];
    let v =
        acomp![client.get(u).await.unwrap() for u in urls if !u.ends_with(".png"); concurrency = 4];
    assert_eq!(v, vec!["</a.html>", "</c.css>"]);
    assert_eq!(client.calls(), 2);
}

// results = dict(zip(urls, await asyncio.gather(*[status(u) for u in urls])))
#[tokio::test(start_paused = true)]
async fn zip_urls_with_gathered() {
    let client = Client::new(10).missing("/u/1");
    let urls = urls(3);
    let st = acomp![client.status(u).await for u in &urls; concurrency = 3];
    let by_url: HashMap<&String, u16> = urls.iter().zip(st).collect();
    assert_eq!(by_url[&urls[1]], 404);
}

// [f"{u}: {await status(u)}" for u in urls]
#[tokio::test(start_paused = true)]
async fn fstring_with_prefix_await() {
    let client = Client::new(10).missing("/u/0");
    let urls = urls(2);
    let v = acomp![format!("{u}: {}", await client.status(u)) for u in &urls];
    assert_eq!(v, vec!["/u/0: 404", "/u/1: 200"]);
}

#[derive(Debug, Clone)]
struct Msg {
    id: u64,
    topic: &'static str,
}

// latest = {m.id: m async for m in consumer if m.topic == "orders"}
#[tokio::test]
async fn dict_from_async_for() {
    let consumer = futures::stream::iter(vec![
        Msg {
            id: 1,
            topic: "orders",
        },
        Msg {
            id: 2,
            topic: "logs",
        },
        Msg {
            id: 3,
            topic: "orders",
        },
    ]);
    let latest = acomp!({m.id: m async for m in consumer if m.topic == "orders"});
    assert_eq!(latest.len(), 2);
    assert_eq!(latest[&3].topic, "orders");
}

// healthy = [u for u in urls if 200 <= await status(u) < 300]
#[tokio::test(start_paused = true)]
async fn chained_comparison_with_await() {
    let client = Client::new(10).missing("/u/1");
    let urls = urls(3);
    let healthy = acomp![u for u in &urls if 200 <= client.status(u).await < 300];
    assert_eq!(healthy, vec!["/u/0", "/u/2"]);
}

// [(u, (await a(u), await b(u))) for u in urls]
#[tokio::test(start_paused = true)]
async fn nested_tuple_of_awaits() {
    let client = Client::new(10);
    let urls = ["/x"];
    let v = acomp![(u, (client.status(u).await, client.try_get(u).await.is_some())) for u in urls];
    assert_eq!(v, vec![("/x", (200, true))]);
}

// [parse(b) for b in await fetch_many(urls)]   (the iterable awaits)
#[tokio::test(start_paused = true)]
async fn first_iterable_awaits() {
    let client = Client::new(10);
    let us = urls(3);
    async fn fetch_many(c: &Client, us: &[String]) -> Vec<String> {
        acomp![c.get(u).await.unwrap() for u in us; concurrency = 3]
    }
    let ids = acomp![b.trim_start_matches("</u/").trim_end_matches('>').parse::<u32>().unwrap() for b in fetch_many(&client, &us).await];
    assert_eq!(ids, vec![0, 1, 2]);
}

// sorted([await size(u) for u in urls], reverse=True)[:2]
#[tokio::test(start_paused = true)]
async fn sorted_gathered_top2() {
    let client = Client::new(10);
    let us = ["/a", "/bbbb", "/cc"];
    let mut sizes =
        acomp![client.get(u).await.unwrap().len() for u in us; concurrency = 3, unordered];
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(&sizes[..2], &[7, 5]);
}

// try: [await fetch(u) for u in urls] (unordered, any failure aborts)
#[tokio::test(start_paused = true)]
async fn unordered_with_question() {
    let client = Client::new(100).delay("/u/2", 10).missing("/u/2");
    let urls = urls(4);
    let r = acomp![client.get(u).await? for u in &urls; concurrency = 4, unordered];
    assert_eq!(r.unwrap_err().url, "/u/2");
}

// latencies = {u: await timed(fetch(u)) for u in urls}  with tokio Instant
#[tokio::test(start_paused = true)]
async fn per_url_latency_dict() {
    let client = Client::new(100).delay("/slow", 300);
    let us = ["/fast", "/slow"];
    let lat = acomp!({u: { let t = tokio::time::Instant::now(); client.get(u).await.unwrap(); t.elapsed().as_millis() } for u in us; concurrency = 2});
    assert_eq!(lat["/fast"], 100);
    assert_eq!(lat["/slow"], 300);
}

// neighbors = {n: [m for m in await neighbors(n) if m != n] for n in nodes}
#[tokio::test(start_paused = true)]
async fn async_adjacency() {
    let client = Client::new(10);
    let adj =
        acomp!({n: [m for m in client.neighbors(n).await if m != "e"] for n in ["a", "c", "d"]});
    assert_eq!(adj["a"], vec!["b", "c"]);
    assert_eq!(adj["c"], vec!["d"]);
    assert!(adj["d"].is_empty());
}

// batch = [item async for item in stream][:limit] -> lazy take_while consumed
#[tokio::test]
async fn lazy_take_while() {
    let s = futures::stream::iter(vec![1, 2, 3, 10, 4]);
    let v: Vec<i32> = acomp!((x * 2 async for x in s))
        .take_while(|x| futures::future::ready(*x < 20))
        .collect()
        .await;
    assert_eq!(v, vec![2, 4, 6]);
}

// counts = {u.dept: sum(1 for _ in members) async for ...}  -> block_on, dict from stream of pairs
#[test]
fn block_on_dict_from_stream() {
    let d = futures::executor::block_on(async {
        let s = futures::stream::iter(vec![("eng", 2), ("ops", 1), ("eng", 5)]);
        acomp!({k: v async for (k, v) in s})
    });
    assert_eq!(d["eng"], 5);
    assert_eq!(d["ops"], 1);
}

// [await save(obj) for obj in dirty if obj.changed]   ORM batch save with &mut
#[tokio::test]
async fn orm_save_changed() {
    struct Repo {
        saved: Vec<u32>,
    }
    impl Repo {
        async fn save(&mut self, u: &User) -> u32 {
            self.saved.push(u.id);
            u.id
        }
    }
    let mut repo = Repo { saved: vec![] };
    let us = users();
    let ids = acomp![repo.save(u).await for u in &us if u.active];
    assert_eq!(ids, vec![1, 3, 4]);
    assert_eq!(repo.saved, vec![1, 3, 4]);
}

// ---------------------------------------------------------------------------
// more: lazy forms returned from functions, nested displays, mixed
// ---------------------------------------------------------------------------

// def tokens(lines): return (w for line in lines for w in line.split())
fn tokens_of(lines: Vec<String>) -> impl Iterator<Item = String> {
    comp!(move (w.to_string() for line in lines for w in line.split_whitespace()))
}
#[test]
fn lazy_flatten_owned_lines_returned() {
    let lines = vec!["a b".to_string(), "".to_string(), " c  d ".to_string()];
    assert_eq!(
        tokens_of(lines).collect::<Vec<_>>(),
        vec!["a", "b", "c", "d"]
    );
}

// [sum(w) for w in zip(xs, xs[1:], xs[2:])]   (sliding windows)
#[test]
fn sliding_window_sums() {
    let xs = [1, 2, 3, 4, 5];
    let sums = comp![w.iter().sum::<i32>() for w in xs.windows(3)];
    assert_eq!(sums, vec![6, 9, 12]);
    // local maxima: [b for a, b, c in zip(xs, xs[1:], xs[2:]) if b > a and b > c]
    let ys = [1, 5, 2, 2, 7, 3];
    let peaks = comp![b for w in ys.windows(3) if let [a, b, c] = w if b > a && b > c];
    assert_eq!(peaks, vec![&5, &7]);
}

// (y for x in xs if (y := f(x)) > 0)   lazy walrus
#[test]
fn lazy_walrus() {
    let xs = [3, -1, 5];
    let f = |x: i32| x * 2 - 4;
    let v: Vec<i32> = comp!((y for x in xs if (y := f(x)) > 0)).collect();
    assert_eq!(v, vec![2, 6]);
}

// all(int(x) for x in fields)  -> lazy ? consumed by collect::<Result<..>>
#[test]
fn lazy_question_collect_result() {
    let fields = ["1", "2", "x", "4"];
    let r: Result<Vec<i32>, _> = comp!((f.parse::<i32>()? for f in fields)).collect();
    assert!(r.is_err());
    let good: Result<Vec<i32>, std::num::ParseIntError> =
        comp!((f.parse::<i32>()? for f in ["7", "8"])).collect();
    assert_eq!(good.unwrap(), vec![7, 8]);
}

// [(tok, "num" if tok.isdigit() else "ident") for tok in src.split()]  via a let clause
#[test]
fn tokenizer_let_conditional() {
    let src = "x = 42 + y1";
    let toks = comp![(t, kind) for t in src.split(' ') let kind = "num" if t.chars().all(|c| c.is_ascii_digit()) else "op" if t.len() == 1 && !t.chars().all(char::is_alphanumeric) else "ident"];
    assert_eq!(
        toks,
        vec![
            ("x", "ident"),
            ("=", "op"),
            ("42", "num"),
            ("+", "op"),
            ("y1", "ident")
        ]
    );
}

// {section: {k: v for k, v in opts.items() if v} for section, opts in cfg.items()}
#[test]
fn nested_dict_in_dict() {
    let cfg: BTreeMap<&str, Vec<(&str, &str)>> = [
        ("db", vec![("host", "h"), ("pw", "")]),
        ("web", vec![("port", "80")]),
    ]
    .into_iter()
    .collect();
    let clean =
        comp!({*section: {*k: *v for (k, v) in opts if !v.is_empty()} for (section, opts) in &cfg});
    assert_eq!(clean["db"].len(), 1);
    assert_eq!(clean["db"]["host"], "h");
    assert_eq!(clean["web"]["port"], "80");
}

// letters = (c for w in words for c in w.lower() if c.isalpha())
#[test]
fn lazy_flatten_temporary_lowercase() {
    let words = vec!["AbC", "d-E"];
    let letters: String =
        comp!((c for w in &words for c in w.to_lowercase().chars() if c.is_alphabetic())).collect();
    assert_eq!(letters, "abcde");
}

// [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, B)]
#[test]
fn matrix_add() {
    let a = vec![vec![1, 2], vec![3, 4]];
    let b = vec![vec![10, 20], vec![30, 40]];
    let c = comp![[x + y for (x, y) in r1.iter().zip(r2)] for (r1, r2) in a.iter().zip(&b)];
    assert_eq!(c, vec![vec![11, 22], vec![33, 44]]);
}

// {u.id: (u.name, "active" if u.active else "inactive") for u in users}
#[test]
fn dict_tuple_value_conditional() {
    let us = users();
    let d = comp!({u.id: (u.name.as_str(), "active" if u.active else "inactive") for u in &us});
    assert_eq!(d[&2], ("Bob", "inactive"));
    assert_eq!(d[&1], ("Ann", "active"));
}

// {i: line for i, line in enumerate(f, 1) if line.strip()}
#[test]
fn dict_enumerate_start() {
    let text = "a\n\nb\n";
    let d = comp!({i: line for (i, line) in (1..).zip(text.lines()) if !line.trim().is_empty()});
    assert_eq!(d.len(), 2);
    assert_eq!(d[&3], "b");
}

// frontier = {p for x, y in frontier for dx, dy in DIRS if (p := (x + dx, y + dy)) in open_cells}
#[test]
fn flood_fill_walrus_in_argument() {
    let open: HashSet<(i32, i32)> = [(0, 0), (0, 1), (1, 1), (2, 1), (5, 5)]
        .into_iter()
        .collect();
    let mut seen: HashSet<(i32, i32)> = [(0, 0)].into_iter().collect();
    let mut frontier = seen.clone();
    while !frontier.is_empty() {
        frontier = comp!({p for (x, y) in &frontier for (dx, dy) in DIRS if open.contains(&(p := (x + dx, y + dy))) && !seen.contains(&p)});
        seen.extend(frontier.iter().copied());
    }
    assert_eq!(seen.len(), 4);
    assert!(!seen.contains(&(5, 5)));
}

// cookies = {k: v for k, _, v in (c.partition("=") for c in header.split("; "))}
#[test]
fn cookies_from_generator() {
    let header = "sid=abc; theme=dark; flag";
    let cookies = comp!({k: v for (k, v) in comp!((c.split_once('=').unwrap_or((c, "")) for c in header.split("; ")))});
    assert_eq!(cookies["sid"], "abc");
    assert_eq!(cookies["flag"], "");
    assert_eq!(cookies.len(), 3);
}

#[derive(Debug)]
enum LineError {
    Int(std::num::ParseIntError),
    Float(std::num::ParseFloatError),
}

// [(int(q), float(p)) for q, p in (l.split(",") for l in lines)]  two error types
#[test]
fn two_error_types_map_err() {
    let lines = ["2,1.5", "3,0.25"];
    let r = comp![(q.parse::<u32>().map_err(LineError::Int)?, p.parse::<f64>().map_err(LineError::Float)?) for l in lines if let Some((q, p)) = l.split_once(',')];
    let v = r.unwrap();
    assert_eq!(v, vec![(2, 1.5), (3, 0.25)]);
    let bad = comp![(q.parse::<u32>().map_err(LineError::Int)?, p.parse::<f64>().map_err(LineError::Float)?) for l in ["1,x"] if let Some((q, p)) = l.split_once(',')];
    match bad {
        Err(LineError::Float(e)) => assert_eq!(e.to_string(), "invalid float literal"),
        Err(LineError::Int(e)) => panic!("wrong error {e}"),
        Ok(v) => panic!("parsed {v:?}"),
    }
}

// [x for x in data if lo <= x <= hi]
#[test]
fn float_band_filter() {
    let data = vec![0.1, 0.5, 0.9, 1.2];
    let (lo, hi) = (0.5, 1.0);
    let band = comp![x for x in &data if lo <= *x <= hi];
    assert_eq!(band, vec![&0.5, &0.9]);
}

// [line[i:i + width] for line in lines for i in range(0, len(line), width)]
#[test]
fn wrap_lines() {
    let lines = ["abcdefg", "hi"];
    let width = 3;
    let wrapped = comp![&line[i..(i + width).min(line.len())] for line in lines for i in (0..line.len()).step_by(width)];
    assert_eq!(wrapped, vec!["abc", "def", "g", "hi"]);
}

// def above(xs, t): return (x for x in xs if x > t)
fn above(xs: &[i32], t: i32) -> impl Iterator<Item = &i32> + '_ {
    comp!(move (x for x in xs if *x > t))
}
#[test]
fn lazy_borrowing_return() {
    let xs = vec![1, 5, 3, 9];
    assert_eq!(above(&xs, 3).copied().collect::<Vec<_>>(), vec![5, 9]);
}

// def neighbors(x, y, w, h): return ((x+dx, y+dy) for dx, dy in DIRS if 0 <= x+dx < w and 0 <= y+dy < h)
fn neighbors(x: i32, y: i32, w: i32, h: i32) -> impl Iterator<Item = (i32, i32)> {
    comp!(move ((x + dx, y + dy) for (dx, dy) in DIRS if 0 <= x + dx < w && 0 <= y + dy < h))
}
// def cells(w, h): return ((r, c) for r in range(h) for c in range(w))
fn cells(w: usize, h: usize) -> impl Iterator<Item = (usize, usize)> {
    comp!(move ((r, c) for r in 0..h for c in 0..w))
}
#[test]
fn lazy_grid_helpers_returned() {
    assert_eq!(
        neighbors(0, 0, 2, 2).collect::<Vec<_>>(),
        vec![(0, 1), (1, 0)]
    );
    assert_eq!(neighbors(1, 1, 3, 3).count(), 4);
    assert_eq!(
        cells(3, 2).collect::<Vec<_>>(),
        vec![(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    );
}

// det = sum((-1) ** j * m[0][j] * minor(m, 0, j) for j in range(3))
#[test]
fn determinant_3x3() {
    let m = [[2, 0, 1], [1, 3, 2], [1, 1, 1]];
    let minor = |j: usize| {
        let cols = comp![c for c in 0..3 if c != j];
        m[1][cols[0]] * m[2][cols[1]] - m[1][cols[1]] * m[2][cols[0]]
    };
    // FOUND (fixed): a parenthesized conditional at the start of the element, followed by an
    // operator, broke the lazy form and the unfiltered list (see CRATE FAILURES, 1).
    let det: i32 = comp!(((1 if j % 2 == 0 else -1) * m[0][j] * minor(j) for j in 0..3)).sum();
    let signed = comp![(1 if x > 0 else -1) * x for x in [3, -2]];
    assert_eq!(signed, [3, 2]);
    // by hand: 2*(3*1-2*1) - 0*(1*1-2*1) + 1*(1*1-3*1) = 2 - 0 - 2 = 0
    assert_eq!(det, 0);
}

// cleaned = (t for w in words if (t := w.strip(".,")))
#[test]
fn lazy_walrus_strip() {
    let words = ["hi,", ",", "yo."];
    let v: Vec<&str> =
        comp!((t for w in words if !(t := w.trim_matches(|c| c == '.' || c == ',')).is_empty()))
            .collect();
    assert_eq!(v, vec!["hi", "yo"]);
}

// graph = {n: {m: w for m, w in edges if src == n} ...}   weighted adjacency
#[test]
fn weighted_adjacency_nested_dict() {
    let edges = [("a", "b", 1), ("a", "c", 4), ("b", "c", 2)];
    let nodes = ["a", "b", "c"];
    let g = comp!({n: {m: w for (s, m, w) in edges if s == n} for n in nodes});
    assert_eq!(g["a"]["c"], 4);
    assert_eq!(g["b"].len(), 1);
    assert!(g["c"].is_empty());
}

// ---- more async ----

// evens = (x async for x in source if x % 2 == 0)   returned from a def
fn evens_of(s: impl futures::Stream<Item = i32>) -> impl futures::Stream<Item = i32> {
    acomp!(move (x async for x in s if x % 2 == 0))
}
#[tokio::test]
async fn lazy_async_returned_non_unpin_source() {
    let src = futures::stream::unfold(0, |n| async move {
        if n < 6 {
            Some((n, n + 1))
        } else {
            None
        }
    });
    let v: Vec<i32> = evens_of(src).collect().await;
    assert_eq!(v, vec![0, 2, 4]);
}

// async for over a boxed dynamic stream
#[tokio::test]
async fn async_for_boxed_dyn_stream() {
    let s: std::pin::Pin<Box<dyn futures::Stream<Item = u8> + Send>> =
        Box::pin(futures::stream::iter(vec![1u8, 2, 3]));
    let v = acomp![x * 2 async for x in s];
    assert_eq!(v, vec![2, 4, 6]);
}

// fetch_all = lambda us: asyncio.gather(*[fetch(client, u) for u in us])
#[tokio::test(start_paused = true)]
async fn closure_returning_future() {
    let client = Client::new(100);
    let c = &client;
    let fetch_all = |us: Vec<String>| async move {
        acomp![c.get(&u).await.unwrap() for u in us; concurrency = 2]
    };
    let start = tokio::time::Instant::now();
    let v = fetch_all(urls(4)).await;
    assert_eq!(elapsed_ms(start), 200);
    assert_eq!(v.len(), 4);
}

// [len(body) for u in urls if (body := await fetch(u))]  as a let clause with ?
#[tokio::test(start_paused = true)]
async fn let_clause_with_question() {
    let client = Client::new(10);
    let us = urls(2);
    let lens =
        acomp![body.len() for u in &us let body = client.get(u).await? if body.contains('1')];
    assert_eq!(lens, Ok(vec![6]));
}

// [await asyncio.gather(*[get(f"{r}/{i}") for i in range(3)]) for r in roots]  nested gathers, both bounded
#[tokio::test(start_paused = true)]
async fn nested_concurrency() {
    let client = Client::new(100);
    let roots = ["/r1", "/r2"];
    let start = tokio::time::Instant::now();
    let v = acomp![acomp![client.get(&format!("{r}/{i}")).await.unwrap() for i in 0..3; concurrency = 3] for r in roots; concurrency = 2];
    assert_eq!(elapsed_ms(start), 100);
    assert_eq!(v[1][2], "</r2/2>");
    assert_eq!(client.peak(), 6);
}

// [(y, y * 2) for x in xs if (y := await score(x)) > 1]
#[tokio::test]
async fn walrus_await_in_tuple_element() {
    async fn score(x: i32) -> i32 {
        x * x
    }
    let v = acomp![(y, y * 2) for x in [1, 2, 3] if (y := score(x).await) > 1];
    assert_eq!(v, vec![(4, 8), (9, 18)]);
}

// [await fast(x) if x < 2 else await slow(x) for x in xs]
#[tokio::test(start_paused = true)]
async fn await_in_both_branches() {
    let client = Client::new(10).delay("/slow", 100);
    let xs = [1, 5];
    let start = tokio::time::Instant::now();
    let v = acomp![client.get("/fast").await.unwrap() if x < 2 else client.get("/slow").await.unwrap() for x in xs];
    assert_eq!(v, vec!["</fast>", "</slow>"]);
    assert_eq!(elapsed_ms(start), 110);
}

// any_down = any([await status(u) == 404 for u in urls])
#[tokio::test(start_paused = true)]
async fn lazy_any() {
    let client = Client::new(10).missing("/u/1");
    let us = urls(5);
    let down = acomp!((client.status(u).await == 404 for u in &us))
        .any(|b| async move { b })
        .await;
    assert!(down);
    assert_eq!(client.calls(), 2); // short-circuits after /u/1
}

// results = [r async for r in (await get(u) for u in urls)]  lazy concurrent ? consumed with try_collect
#[tokio::test(start_paused = true)]
async fn lazy_concurrent_try_collect() {
    use futures::TryStreamExt;
    let client = Client::new(50);
    let us = urls(4);
    let v: Vec<String> = acomp!((client.get(u).await? for u in &us); concurrency = 2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(v.len(), 4);
    let bad = Client::new(50).missing("/u/3");
    let r: Result<Vec<String>, HttpError> =
        acomp!((bad.get(u).await? for u in &us); concurrency = 2)
            .try_collect()
            .await;
    assert_eq!(r.unwrap_err().status, 404);
}

// ticks = [t async for t in ticker(interval) if t % 2] (timer-driven stream)
#[tokio::test(start_paused = true)]
async fn async_for_ticker_stream() {
    let ticker = futures::stream::unfold(0u32, |n| async move {
        tokio::time::sleep(Duration::from_millis(10)).await;
        if n < 5 {
            Some((n, n + 1))
        } else {
            None
        }
    });
    let start = tokio::time::Instant::now();
    let odd = acomp![t async for t in ticker if t % 2 == 1];
    assert_eq!(odd, vec![1, 3]);
    assert_eq!(elapsed_ms(start), 60);
}

// retry with backoff as a let clause: [(u, r) for u in urls for r in [await retry(u)]]
#[tokio::test(start_paused = true)]
async fn retry_backoff_in_let_clause() {
    let client = Client::new(10).flaky("/u/0", 2);
    let us = urls(2);
    let start = tokio::time::Instant::now();
    let v = acomp![
        (u.as_str(), attempts)
        for u in &us
        let attempts = {
            let mut n = 1;
            while client.get(u).await.is_err() {
                tokio::time::sleep(Duration::from_millis(100 * n)).await;
                n += 1;
            }
            n
        }
    ];
    assert_eq!(v, vec![("/u/0", 3), ("/u/1", 1)]);
    // /u/0: 3 gets (30ms) + 100 + 200 backoff; /u/1: 10ms
    assert_eq!(elapsed_ms(start), 340);
}

// user_tags = {u.id: [t async for t in tags(u)] for u in users if u.active}  (async for inside a nested display)
#[tokio::test]
async fn nested_async_for_inside_dict_value() {
    fn tags(u: &User) -> impl futures::Stream<Item = String> + '_ {
        futures::stream::iter(u.name.chars().take(2).map(|c| c.to_string()))
    }
    let us = users();
    let d = acomp!({u.id: [t async for t in tags(u)] for u in &us if u.active});
    assert_eq!(d.len(), 3);
    assert_eq!(d[&3], vec!["C", "i"]);
}

// pairs = [(a, b) for a in await list_a() for b in await list_b(a)]
#[tokio::test(start_paused = true)]
async fn inner_iterable_awaits() {
    let client = Client::new(10);
    let pairs =
        acomp![(a, b) for a in client.neighbors("a").await for b in client.neighbors(a).await];
    assert_eq!(pairs, vec![("b", "d"), ("c", "d"), ("c", "e")]);
}

// stats = {u: len(await fetch(u)) for u in urls if await allowed(u)}   bounded
#[tokio::test(start_paused = true)]
async fn dict_concurrent_with_await_condition() {
    let client = Client::new(100);
    let us = users();
    let start = tokio::time::Instant::now();
    let d = acomp!({u.id: client.get(&format!("/users/{}", u.id)).await.unwrap().len() for u in &us if client.is_allowed(u).await; concurrency = 4});
    assert_eq!(elapsed_ms(start), 200);
    assert_eq!(d.len(), 3);
    assert_eq!(d[&1], "</users/1>".len());
}

// ---- a last batch: comprehensions in expression positions ----

// if (first := next((u for u in users if u.age > 40), None)): ...
#[test]
fn comprehension_in_if_let() {
    let us = users();
    if let Some(first) = comp![u for u in &us if u.age > 40].first() {
        assert_eq!(first.name, "Bob");
    } else {
        panic!("nobody over 40");
    }
}

// best = max([len(w) for w in text.split()])
#[test]
fn comprehension_as_argument() {
    let text = "a quick brownish fox";
    let best = std::cmp::max(
        0,
        *comp![w.len() for w in text.split(' ')]
            .iter()
            .max()
            .unwrap(),
    );
    assert_eq!(best, 8);
}

// [1 if "a" <= c <= "z" else 2 if c.isdigit() else 0 for c in s]  (a match in Rust)
#[test]
fn match_in_element() {
    let s = "a1-Z";
    let kinds = comp![match c { 'a'..='z' => 1, '0'..='9' => 2, _ => 0 } for c in s.chars()];
    assert_eq!(kinds, vec![1, 2, 0, 0]);
}

// relu = [list(map(lambda v: v if v > 0 else 0, row)) for row in m]
#[test]
fn lambda_with_conditional_body() {
    let m = vec![vec![-1, 2], vec![3, -4]];
    let relu = comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &m];
    assert_eq!(relu, vec![vec![0, 2], vec![3, 0]]);
}

// scalers = [lambda y, k=k: y * k for k in range(1, 4)]
#[test]
fn closures_capture() {
    let scalers = comp![move |y: i32| y * k for k in 1..4];
    assert_eq!(comp![f(10) for f in &scalers], vec![10, 20, 30]);
}

// deactivated = [replace(u, active=False) for u in users if u.age > 40]  (dataclasses.replace)
#[test]
fn struct_update_in_element() {
    let us = users();
    let v = comp![User { active: false, ..u.clone() } for u in &us if u.age > 40];
    assert_eq!(v.len(), 1);
    assert!(!v[0].active);
    assert_eq!(v[0].name, "Bob");
}

// ports = {name: int(port) for name, port in (l.split(":") for l in lines)}  (raises)
#[test]
fn dict_with_question_and_if_let() {
    let lines = ["web:80", "db:5432", "junk"];
    let ports = comp!({name: port.parse::<u16>()? for l in lines if let Some((name, port)) = l.split_once(':')});
    let ports = ports.unwrap();
    assert_eq!(ports["db"], 5432);
    assert_eq!(ports.len(), 2);
}

// [len(b) if (b := await get(u)) else e.status ...]  -> match on the awaited result
#[tokio::test(start_paused = true)]
async fn match_on_awaited_result() {
    let client = Client::new(10).missing("/u/1");
    let us = urls(2);
    let v = acomp![match client.get(u).await { Ok(b) => b.len(), Err(e) => e.status as usize } for u in &us];
    assert_eq!(v, vec![6, 404]);
}

// sizes = [len(await get(u)) for u in urls]   -> method after ?
#[tokio::test(start_paused = true)]
async fn method_after_await_question() {
    let client = Client::new(10);
    let us = urls(2);
    let sizes = acomp![client.get(u).await?.len() for u in &us; concurrency = 2];
    assert_eq!(sizes, Ok(vec![6, 6]));
    let sizes2 = acomp![await client.get(u)?.len() for u in &us];
    assert_eq!(sizes2, Ok(vec![6, 6]));
}

// async for name in (u.name async for u in users_stream() if await allowed(u)): ...  lazy with awaiting clause
#[tokio::test(start_paused = true)]
async fn lazy_async_with_awaiting_filter() {
    let client = Client::new(10);
    let src = futures::stream::iter(users());
    let mut names = acomp!((u.name async for u in src if client.is_allowed(&u).await));
    let mut got = vec![];
    while let Some(n) = names.next().await {
        got.push(n);
    }
    assert_eq!(got, vec!["Ann", "Cid", "Dee"]);
}

// async def by_dept(): return {d: [u.id for u in us if u.dept == d] for d in await depts()}
#[tokio::test(start_paused = true)]
async fn dict_first_iterable_awaits() {
    async fn depts() -> Vec<&'static str> {
        tokio::time::sleep(Duration::from_millis(5)).await;
        vec!["eng", "ops"]
    }
    let us = users();
    let d = acomp!({d: [u.id for u in &us if u.dept == d] for d in depts().await});
    assert_eq!(d["eng"], vec![1, 3]);
    assert_eq!(d["ops"], vec![2, 4]);
}

// inverted = {tag: [p.id async for p in posts(tag)] for tag in tags}  bounded
#[tokio::test(start_paused = true)]
async fn dict_of_async_lists_concurrent() {
    let client = Client::new(100);
    let tags = ["rust", "py"];
    let posts =
        |tag: &'static str| futures::stream::iter(if tag == "rust" { vec![1, 2] } else { vec![3] });
    let start = tokio::time::Instant::now();
    let inv = acomp!({tag: [p async for p in posts(tag) if client.get(&format!("/p/{p}")).await.is_ok()] for tag in tags; concurrency = 2});
    assert_eq!(inv["rust"], vec![1, 2]);
    assert_eq!(inv["py"], vec![3]);
    assert_eq!(elapsed_ms(start), 200);
}

// ===========================================================================
// CRATE FAILURES
// ===========================================================================
//
// Fixed since: 1 (a parenthesized conditional that an operator or a call
// follows keeps its parentheses; alone, it is unwrapped so that
// `unused_parens` does not warn about the user's tokens).
//
// 1. (conditional) A parenthesized Python conditional at the start of the
//    element, followed by a binary operator, does not compile in the forms
//    whose element is a closure body: the unfiltered single-`for` list
//    (`comp![..]`, `acomp![..]` is fine) and the lazy forms (`comp!((..))`,
//    `acomp!((..))`). The same element compiles with an `if` clause, a second
//    `for`, in a `let` clause, a dict value, a set, eager `acomp!`, or with the
//    conditional on the right of the operator (`x * (1 if c else -1)`), and
//    `("a" if c else "b").to_string()` compiles. Doubling the parentheses,
//    `((1 if c else -1) * x)`, fails the same way. Python: `sum((-1) ** j * m[0][j]
//    * minor(j) for j in range(3))`, written `(1 if j % 2 == 0 else -1) * ..`.
//
//    let xs = vec![3, -2];
//    let signed = comp![(1 if x > 0 else -1) * x for x in xs];
//
//    error[E0308]: mismatched types
//        --> tests/realworld/round6.rs:2340:25
//         |
//    2340 |     let signed = comp![(1 if x > 0 else -1) * x for x in xs];
//         |                         ^ expected `()`, found integer
//         |
//    help: parentheses are required to parse this as an expression
//        -->  src/lib.rs:313:9
//         |
//     313 |         ($crate::__private::comp_impl!(($crate) $($body)*))
//         |         +                                                 +
//    help: you might have meant to return this value
//         |
//    2340 |     let signed = comp![(return 1; if x > 0 else -1) * x for x in xs];
//    (then the same on `-1`, and E0614 "type `{integer}` cannot be
//    dereferenced" on `* x`: the parentheses are gone and `if .. {} else {}`
//    is parsed as a statement followed by `*x`; rustc's help points into the
//    crate's src/lib.rs.)
//
//    By hand, works:
//    let signed: Vec<i32> = xs.iter().map(|x| (if *x > 0 { 1 } else { -1 }) * x).collect();
//    Also works in the crate: comp![(if x > 0 { 1 } else { -1 }) * x for x in xs]
//    and comp![x * (1 if x > 0 else -1) for x in xs].
