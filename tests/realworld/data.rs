//! Numeric and tabular data wrangling translated from Python's statistics and
//! json modules, the itertools docs recipes and pandas-style row filtering over
//! structs. 59 comprehensions here; 8 more that fail today are in
//! failing/data.rs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use comprehensions::comp;

#[derive(Debug, Clone, PartialEq)]
struct Record {
    id: u32,
    name: String,
    tags: Vec<String>,
}

fn records() -> Vec<Record> {
    let r = |id, name: &str, tags: &[&str]| Record {
        id,
        name: name.to_string(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    };
    vec![r(1, "a", &["x", "y"]), r(2, "b", &[]), r(3, "c", &["y"])]
}

#[derive(Debug, Clone)]
struct Employee {
    name: String,
    age: u32,
    dept: &'static str,
    salary: Option<u32>,
}

fn employees() -> Vec<Employee> {
    let e = |name: &str, age, dept, salary| Employee {
        name: name.to_string(),
        age,
        dept,
        salary,
    };
    vec![
        e("ann", 34, "eng", Some(120)),
        e("bob", 28, "ops", Some(90)),
        e("cy", 45, "eng", Some(150)),
        e("di", 31, "ops", None),
    ]
}

const DATA: [f64; 8] = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];

// statistics._ss: sum((x - c) ** 2 for x in data)
#[test]
fn statistics_ss() {
    let data = DATA.to_vec();
    let c = data.iter().sum::<f64>() / data.len() as f64;
    let ss: f64 = comp!(((x - c).powi(2) for x in &data)).sum();
    assert_eq!(ss, 32.0);
    assert_eq!(ss / data.len() as f64, 4.0); // statistics.pvariance
}

// [x - m for x in data]
#[test]
fn statistics_deviations() {
    let data = DATA.to_vec();
    let m = 5.0;
    assert_eq!(
        comp![x - m for x in data],
        vec![-3.0, -1.0, -1.0, -1.0, 0.0, 0.0, 2.0, 4.0]
    );
}

// [round((x - m) / pstdev(data), 2) for x in data][:3]
#[test]
fn statistics_zscores() {
    let data = DATA;
    let (m, sd) = (5.0, 2.0);
    let z = comp![((x - m) / sd * 100.0).round() / 100.0 for x in data.iter().take(3)];
    assert_eq!(z, vec![-1.5, -0.5, -0.5]);
}

// statistics.fmean(weights=...): sum(x * w for x, w in zip(data, weights)) / sum(weights)
#[test]
fn statistics_fmean_weighted() {
    let vals = [1.0, 2.0, 3.0];
    let w = [3.0, 1.0, 1.0];
    let num: f64 = comp!((x * wt for (x, wt) in vals.iter().zip(&w))).sum();
    assert_eq!(num / w.iter().sum::<f64>(), 1.6);
}

// statistics.multimode counts: {x: data.count(x) for x in data}
#[test]
fn statistics_mode_counts() {
    let data = [2, 4, 4, 4, 5, 5, 7, 9];
    let counts = comp!({x: data.iter().filter(|y| **y == x).count() for x in data});
    let expected: HashMap<i32, usize> = [(2, 1), (4, 3), (5, 2), (7, 1), (9, 1)]
        .into_iter()
        .collect();
    assert_eq!(counts, expected);
}

// statistics.quantiles(method='exclusive') indexes: [(i * (ld - 1)) // n for i in range(1, n)]
#[test]
fn statistics_quantile_indexes() {
    let (n, ld) = (4, DATA.len());
    assert_eq!(comp![i * (ld - 1) / n for i in 1..n], vec![1, 3, 5]);
}

// json: [r["id"] for r in records]
#[test]
fn json_loads_ids() {
    let recs = records();
    assert_eq!(comp![r.id for r in &recs], vec![1, 2, 3]);
    // {r["id"]: r["name"] for r in records}
    let by_id = comp!({r.id: r.name for r in recs});
    let expected: HashMap<u32, String> = [
        (1, "a".to_string()),
        (2, "b".to_string()),
        (3, "c".to_string()),
    ]
    .into_iter()
    .collect();
    assert_eq!(by_id, expected);
}

// [t for r in records for t in r["tags"]]
#[test]
fn json_flatten_tags() {
    let recs = records();
    assert_eq!(
        comp![t.as_str() for r in &recs for t in &r.tags],
        vec!["x", "y", "y"]
    );
    // {t for r in records for t in r["tags"]}
    let set = comp!({t.clone() for r in &recs for t in &r.tags});
    assert_eq!(
        set,
        ["x".to_string(), "y".to_string()]
            .into_iter()
            .collect::<HashSet<_>>()
    );
}

// owned: [t for r in records for t in r["tags"]] consuming the records
#[test]
fn json_flatten_tags_owned() {
    let tags: Vec<String> = comp![t for r in records() for t in r.tags];
    assert_eq!(tags, vec!["x", "y", "y"]);
}

// [r["name"] for r in records if not r["tags"]]; {r["name"]: len(r["tags"]) for r in records if r["tags"]}
#[test]
fn json_untagged_and_counts() {
    let recs = records();
    assert_eq!(
        comp![&r.name for r in &recs if r.tags.is_empty()],
        vec!["b"]
    );
    let counts = comp!({r.name.as_str(): r.tags.len() for r in &recs if !r.tags.is_empty()});
    assert_eq!(
        counts,
        [("a", 2), ("c", 1)].into_iter().collect::<HashMap<_, _>>()
    );
}

// pandas: df[df.age > 30].name.tolist()
#[test]
fn pandas_boolean_mask() {
    let df = employees();
    assert_eq!(
        comp![e.name.clone() for e in &df if e.age > 30],
        vec!["ann", "cy", "di"]
    );
}

// pandas: df.groupby('dept').salary.sum() as
// {d: sum(r.salary or 0 for r in rows if r.dept == d) for d in sorted({r.dept for r in rows})}
#[test]
fn pandas_groupby_sum() {
    let df = employees();
    let depts: BTreeSet<&str> = comp![e.dept for e in &df].into_iter().collect();
    let sums = comp!({d: Iterator::sum::<u32>(e.salary.unwrap_or(0) for e in &df if e.dept == d) for d in depts});
    assert_eq!(
        sums,
        [("eng", 270), ("ops", 90)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// pandas: df.salary.dropna().tolist() / df.salary.fillna(0).tolist()
// (as translated: `x.unwrap() if x.is_some() else 0` is clippy-unidiomatic Rust)
#[test]
#[allow(clippy::unnecessary_unwrap)]
fn pandas_dropna_fillna() {
    let df = employees();
    assert_eq!(
        comp![s for e in &df if let Some(s) = e.salary],
        vec![120, 90, 150]
    );
    assert_eq!(
        comp![e.salary.unwrap() if e.salary.is_some() else 0 for e in &df],
        vec![120, 90, 150, 0]
    );
}

// list(df.itertuples(index=False))[:2]: [(r.name, r.age) for r in rows][:2]
#[test]
fn pandas_itertuples() {
    let df = employees();
    let rows = comp![(e.name.as_str(), e.age) for e in df.iter().take(2)];
    assert_eq!(rows, vec![("ann", 34), ("bob", 28)]);
}

// pivot: {(r.dept, r.name): r.age for r in rows}
#[test]
fn pandas_pivot_tuple_keys() {
    let df = employees();
    let pivot = comp!({(e.dept, e.name.clone()): e.age for e in &df});
    assert_eq!(pivot.len(), 4);
    assert_eq!(pivot[&("eng", "cy".to_string())], 45);
}

// pandas.DataFrame.to_dict('list'): {col: [row[col] for row in rows] for col in cols}
#[test]
fn pandas_to_dict_list() {
    let rows: Vec<BTreeMap<&str, i64>> = vec![
        [("a", 1), ("b", 2)].into_iter().collect(),
        [("a", 3), ("b", 4)].into_iter().collect(),
    ];
    let cols = ["a", "b"];
    let d = comp!({col: [row[col] for row in &rows] for col in cols});
    assert_eq!(
        d,
        [("a", vec![1, 3]), ("b", vec![2, 4])]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// itertools recipe pairwise: [b - a for a, b in pairwise(xs)]
#[test]
fn itertools_pairwise_diffs() {
    let xs = [1, 4, 9, 16];
    assert_eq!(
        comp![b - a for (a, b) in xs.iter().zip(xs.iter().skip(1))],
        vec![3, 5, 7]
    );
    assert_eq!(comp![w[1] - w[0] for w in xs.windows(2)], vec![3, 5, 7]);
}

// itertools recipe flatten: [x for sub in list_of_lists for x in sub]
#[test]
fn itertools_flatten() {
    let lol = vec![vec![1, 2], vec![3], vec![]];
    assert_eq!(comp![x for sub in &lol for x in sub], vec![&1, &2, &3]);
    assert_eq!(comp![x for sub in lol for x in sub], vec![1, 2, 3]);
}

// itertools recipe dotproduct: sum(x * y for x, y in zip(a, b))
#[test]
fn itertools_dotproduct() {
    let (a, b) = (vec![1, 2, 3], vec![4, 5, 6]);
    let dot: i32 = comp!((x * y for x, y in a.iter().zip(&b))).sum();
    assert_eq!(dot, 32);
}

// itertools.product: [(a, b) for a in "ab" for b in "xy"]
#[test]
fn itertools_product() {
    let p = comp![(a, b) for a in "ab".chars() for b in "xy".chars()];
    assert_eq!(p, vec![('a', 'x'), ('a', 'y'), ('b', 'x'), ('b', 'y')]);
}

// itertools.combinations(range(n), 2): [(i, j) for i in range(n) for j in range(i + 1, n)]
#[test]
fn itertools_combinations_pairs() {
    let n = 3;
    assert_eq!(
        comp![(i, j) for i in 0..n for j in i + 1..n],
        vec![(0, 1), (0, 2), (1, 2)]
    );
}

// [[row[i] for row in matrix] for i in range(3)]
#[test]
fn matrix_transpose() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    assert_eq!(
        comp![[row[i] for row in &matrix] for i in 0..3],
        vec![vec![1, 4], vec![2, 5], vec![3, 6]]
    );
}

// [sum(row) for row in matrix]; sum(x for row in matrix for x in row)
#[test]
fn matrix_sums() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    assert_eq!(
        comp![row.iter().sum::<i32>() for row in &matrix],
        vec![6, 15]
    );
}

// [[x / sum(row) for x in row] for row in rows]
#[test]
fn normalize_rows() {
    let rows = vec![vec![1.0, 3.0], vec![2.0, 2.0]];
    let out = comp![[x / row.iter().sum::<f64>() for x in &row] for row in rows];
    assert_eq!(out, vec![vec![0.25, 0.75], vec![0.5, 0.5]]);
}

// [float(s) for s in line.split(",")]
#[test]
fn parse_floats() {
    let line = String::from("1.5,2,3.25");
    assert_eq!(
        comp![s.parse::<f64>()? for s in line.split(',')],
        Ok(vec![1.5, 2.0, 3.25])
    );
    // lazy: (float(s) for s in line.split(","))
    let lazy: Result<Vec<f64>, _> = comp!((s.parse::<f64>()? for s in line.split(','))).collect();
    assert_eq!(lazy, Ok(vec![1.5, 2.0, 3.25]));
}

// {k: len(list(g)) for k, g in groupby(sorted("mississippi"))}
#[test]
fn itertools_groupby_histogram() {
    let mut chars: Vec<char> = "mississippi".chars().collect();
    chars.sort();
    let mut runs: Vec<(char, usize)> = vec![];
    for c in chars {
        match runs.last_mut() {
            Some((k, n)) if *k == c => *n += 1,
            _ => runs.push((c, 1)),
        }
    }
    let hist = comp!({k: n for k, n in runs});
    assert_eq!(
        hist,
        [('i', 4), ('m', 1), ('p', 2), ('s', 4)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// [x // 10 * 10 for x in xs]; [min(max(x, 0), 10) for x in xs]
#[test]
fn binning_and_clipping() {
    let xs = [3, 15, 27, 11];
    assert_eq!(comp![x / 10 * 10 for x in xs], vec![0, 10, 20, 10]);
    assert_eq!(comp![x.clamp(0, 10) for x in [-5, 5, 15]], vec![0, 5, 10]);
}

// [y for x in range(6) if (y := x * x) % 2 == 0]
#[test]
fn walrus_even_squares() {
    assert_eq!(
        comp![y for x in 0..6 if (y := x * x) % 2 == 0],
        vec![0, 4, 16]
    );
    let lazy: Vec<i32> = comp!((y for x in 0..6 if (y := x * x) % 2 == 0)).collect();
    assert_eq!(lazy, vec![0, 4, 16]);
}

// [round(math.log10(x), 1) for x in xs]
#[test]
fn math_log10() {
    let xs: Vec<f64> = vec![1.0, 10.0, 1000.0];
    assert_eq!(
        comp![(x.log10() * 10.0).round() / 10.0 for x in &xs],
        vec![0.0, 1.0, 3.0]
    );
}

// [(i, c) for i, c in enumerate("ab", start=1)]
#[test]
fn enumerate_start_one() {
    assert_eq!(
        comp![(i + 1, c) for i, c in "ab".chars().enumerate()],
        vec![(1, 'a'), (2, 'b')]
    );
}

// [int(s) for s in xs if s.isdigit()]
#[test]
fn parse_if_let_ok() {
    let xs = vec!["1".to_string(), "x".to_string(), "3".to_string()];
    assert_eq!(
        comp![n for s in &xs if let Ok(n) = s.parse::<u8>()],
        vec![1, 3]
    );
}

// sorted({abs(x) for x in xs})
#[test]
fn abs_distinct() {
    let xs: Vec<i32> = vec![-2, 2, 3, -3, 0];
    let set = comp!({x.abs() for x in xs});
    let mut v: Vec<_> = set.into_iter().collect();
    v.sort();
    assert_eq!(v, vec![0, 2, 3]);
}

// def mean_of(xs): return sum(x for x in xs) / len(xs)   (generic)
fn total<T: Copy + std::iter::Sum<T>>(xs: &[T]) -> T {
    comp!((x for x in xs.iter().copied())).sum()
}

#[test]
fn generic_total() {
    assert_eq!(total(&[1, 2, 3]), 6);
    assert_eq!(total(&[0.5, 0.25]), 0.75);
}

// def scaled(xs, k): return (x * k for x in xs)
fn scaled(xs: Vec<i64>, k: i64) -> impl Iterator<Item = i64> {
    comp!(move (x * k for x in xs))
}

#[test]
fn returned_scaled_generator() {
    assert_eq!(
        scaled(vec![1, 2, 3], 10).collect::<Vec<_>>(),
        vec![10, 20, 30]
    );
}

// itertools.accumulate as a running total over a prefix: [sum(xs[:i + 1]) for i in range(len(xs))]
#[test]
fn prefix_sums() {
    let xs = [1, 2, 3, 4];
    assert_eq!(
        comp![xs[..=i].iter().sum::<i32>() for i in 0..xs.len()],
        vec![1, 3, 6, 10]
    );
}

// {name: salary for name, salary in zip(names, salaries) if salary}
#[test]
fn dict_zip_filter_none() {
    let names = vec!["ann", "bob", "cy"];
    let salaries = vec![Some(10), None, Some(30)];
    let d = comp!({n: s for n, s in names.into_iter().zip(salaries) if let Some(s) = s});
    assert_eq!(
        d,
        [("ann", 10), ("cy", 30)]
            .into_iter()
            .collect::<HashMap<_, _>>()
    );
}

// csv-like rows owned: [[int(c) for c in row.split(',')] for row in rows]  (raises)
#[test]
fn parse_rows_of_ints_nested_try() {
    let rows = vec!["1,2".to_string(), "3,4".to_string()];
    let parsed: Result<Vec<Vec<i32>>, std::num::ParseIntError> =
        comp![comp![c.parse::<i32>()? for c in row.split(',')]? for row in &rows];
    assert_eq!(parsed, Ok(vec![vec![1, 2], vec![3, 4]]));
}

// Option chain: [d.get('a', {}).get('b') for d in docs]
#[test]
fn nested_dict_get_chain() {
    let mut d1: HashMap<&str, HashMap<&str, i32>> = HashMap::new();
    d1.insert("a", [("b", 1)].into_iter().collect());
    let d2: HashMap<&str, HashMap<&str, i32>> = HashMap::new();
    let docs = vec![d1, d2];
    assert_eq!(
        comp![d.get("a").and_then(|m| m.get("b")).copied() for d in &docs],
        vec![Some(1), None]
    );
    // all-or-nothing with ? on Option: [d['a']['b'] for d in docs] raises KeyError
    assert_eq!(comp![*d.get("a")?.get("b")? for d in &docs], None);
    assert_eq!(
        comp![*d.get("a")?.get("b")? for d in &docs[..1]],
        Some(vec![1])
    );
}

// [x * 10 for x in parse_list(s)]  -- parse_list raises: ? in the first iterable
fn parse_list(s: &str) -> Result<Vec<i32>, std::num::ParseIntError> {
    s.split(',').map(str::parse).collect()
}

#[test]
fn try_in_first_iterable() {
    assert_eq!(comp![x * 10 for x in parse_list("1,2")?], Ok(vec![10, 20]));
    assert!(comp![x * 10 for x in parse_list("1,x")?].is_err());
    // the lazy form: a failing first iterable is the first and only item
    let lazy: Vec<Result<i32, _>> = comp!((x * 10 for x in parse_list("1,x")?)).collect();
    assert_eq!(lazy.len(), 1);
    assert!(lazy[0].is_err());
}

// (int(s) * 2 for s in xs if s.isdigit()) with `if let` in the lazy form
#[test]
fn lazy_if_let_parse() {
    let xs = vec!["1".to_string(), "x".to_string(), "3".to_string()];
    let v: Vec<i32> = comp!((n * 2 for s in &xs if let Ok(n) = s.parse::<i32>())).collect();
    assert_eq!(v, vec![2, 6]);
}

// Option ? in the lazy form: (d["a"] for d in docs) raising KeyError
#[test]
fn lazy_option_try() {
    let docs: Vec<HashMap<&str, i32>> = vec![
        HashMap::from([("a", 1)]),
        HashMap::new(),
        HashMap::from([("a", 3)]),
    ];
    let v: Vec<Option<i32>> = comp!((*d.get("a")? for d in &docs)).collect();
    assert_eq!(v, vec![Some(1), None]);
}

// JSON pointer (RFC 6901, jsonschema): [p for p in pointer.split('/')[1:]]
#[test]
fn json_pointer_parts() {
    let pointer = String::from("/a/b/0");
    assert_eq!(
        comp![p for p in pointer.split('/').skip(1)],
        vec!["a", "b", "0"]
    );
    // [int(p) if p.isdigit() else p for p in parts] as an enum-free string form
    let kinds =
        comp!["index" if p.parse::<usize>().is_ok() else "key" for p in pointer.split('/').skip(1)];
    assert_eq!(kinds, vec!["key", "key", "index"]);
}

// {d: sum(1 for a in addrs if a.split('@')[1] == d) for d in domains}
#[test]
fn email_domain_counts() {
    let addrs = vec![
        "x@a.com".to_string(),
        "y@b.org".to_string(),
        "z@a.com".to_string(),
    ];
    let counts = comp!({d: Iterator::count(a for a in &addrs if a.split('@').nth(1) == Some(d)) for d in ["a.com", "b.org"]});
    assert_eq!(counts, HashMap::from([("a.com", 2), ("b.org", 1)]));
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/data.rs"]
mod found;
