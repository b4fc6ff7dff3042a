//! Round 12: whole small Python functions, translated by a README-only user.
//! Emphasis: temporaries in the first iterable, nested lazy forms and type
//! inference, ownership under `concurrency`, nested awaits, the conditional
//! in tuples/structs/format!/dict values, and `?` with `From` impls.

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::stream::{self, StreamExt};
use tokio::time::{sleep, Instant};

// ---------------------------------------------------------------------------
// 1. log analyser

fn read_log() -> String {
    "2024-01-01 10:00:01 INFO  api GET /users 200 12ms\n\
     2024-01-01 10:00:02 ERROR api GET /orders 500 340ms\n\
     2024-01-01 10:00:03 WARN  db  slow query 900ms\n\
     \n\
     2024-01-01 10:00:04 INFO  api POST /users 201 40ms\n\
     2024-01-01 10:00:05 ERROR db  connection reset\n\
     # comment line\n\
     2024-01-01 10:00:06 INFO  api GET /users 200 8ms\n"
        .to_string()
}

// Python:
// def error_lines():
//     return [line for line in read_log().splitlines() if " ERROR " in line]
#[test]
fn log_error_lines_from_call_result() {
    let errors = comp![line.to_string() for line in read_log().lines() if line.contains(" ERROR ")];
    assert_eq!(errors.len(), 2);
    assert!(errors[0].contains("/orders"));
    assert!(errors[1].contains("connection reset"));
}

// Python:
// def level_counts():
//     levels = [line.split()[2] for line in read_log().splitlines() if line and not line.startswith("#")]
//     return {lvl: levels.count(lvl) for lvl in set(levels)}
#[test]
fn log_level_counts() {
    let log = read_log();
    let levels = comp![line.split_whitespace().nth(2).unwrap() for line in log.lines() if !line.trim().is_empty() && !line.trim_start().starts_with('#')];
    let counts = comp!({lvl: levels.iter().filter(|l| **l == lvl).count() for lvl in levels.iter().copied().collect::<HashSet<_>>()});
    let mut expect = HashMap::new();
    expect.insert("INFO", 3);
    expect.insert("ERROR", 2);
    expect.insert("WARN", 1);
    assert_eq!(counts, expect);
}

// Python:
// def total_latency(text):
//     return sum(int(tok[:-2]) for line in text.splitlines() for tok in line.split() if tok.endswith("ms"))
#[test]
fn log_total_latency_nested_generator_in_sum() {
    let text = read_log();
    let total: u32 = comp!((tok.trim_end_matches("ms").parse::<u32>().unwrap() for line in text.lines() for tok in line.split_whitespace() if tok.ends_with("ms"))).sum();
    assert_eq!(total, 12 + 340 + 900 + 40 + 8);
}

// Python:
// def slowest(text):
//     return max((int(t[:-2]), line.split()[1]) for line in text.splitlines() for t in line.split() if t.endswith("ms"))
#[test]
fn log_slowest_max_of_tuples() {
    // (own slip: the result borrows `read_log()`'s temporary past the statement; same by hand)
    let log = read_log();
    let slowest = comp!(((t.trim_end_matches("ms").parse::<u32>().unwrap(), line.split_whitespace().nth(1).unwrap()) for line in log.lines() for t in line.split_whitespace() if t.ends_with("ms"))).max();
    assert_eq!(slowest, Some((900, "10:00:03")));
}

// Python:
// def any_5xx(text):
//     return any(int(parts[6]) >= 500 for line in text.splitlines() if len(parts := line.split()) > 6 and parts[6].isdigit())
#[test]
fn log_any_5xx_walrus_in_filter() {
    let text = read_log();
    // (own slip: first written with index 5, the path column; wrong in Python too)
    let any5 = comp!((p[6].parse::<u32>().unwrap() >= 500 for line in text.lines() if (p := line.split_whitespace().collect::<Vec<_>>()).len() > 6 && p[6].chars().all(|c| c.is_ascii_digit()))).any(|b| b);
    assert!(any5);
}

// Python:
// def words(text):
//     return {w for w in text.lower().split() if w.isalpha()}
#[test]
fn log_lowercase_words_set_temporary() {
    let text = "Slow Query slow QUERY 900ms ok";
    let words = comp!({w.to_string() for w in text.to_lowercase().split(' ') if w.chars().all(char::is_alphabetic)});
    let expect: HashSet<String> = ["slow", "query", "ok"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(words, expect);
}

// Python:
// def endpoint_hits(text):
//     hits = {}
//     for ep in (line.split()[5] for line in text.splitlines() if " api " in line):
//         hits[ep] = hits.get(ep, 0) + 1
//     return hits
#[test]
fn log_endpoint_hits_lazy_stored_then_consumed() {
    let text = read_log();
    let eps = comp!((line.split_whitespace().nth(5).unwrap() for line in text.lines() if line.contains(" api ")));
    let mut hits: BTreeMap<&str, u32> = BTreeMap::new();
    for ep in eps {
        *hits.entry(ep).or_insert(0) += 1;
    }
    assert_eq!(hits.get("/users"), Some(&3));
    assert_eq!(hits.get("/orders"), Some(&1));
}

// Python:
// def status_label(codes):
//     return [(c, "ok" if c < 400 else "client" if c < 500 else "server") for c in codes]
#[test]
fn log_status_label_nested_conditional_in_tuple() {
    let codes = [200, 404, 503, 201];
    let labels = comp![(c, "ok" if c < 400 else "client" if c < 500 else "server") for c in codes];
    assert_eq!(
        labels,
        vec![(200, "ok"), (404, "client"), (503, "server"), (201, "ok")]
    );
}

// ---------------------------------------------------------------------------
// 2. CSV / JSON report builder

const CSV: &str = "name,dept,salary,active\n\
alice,eng,120,yes\n\
bob,eng,95,no\n\
carol,ops,80,yes\n\
dan,ops,,yes\n\
erin,sales,70,yes";

// Python:
// def parse_rows(text):
//     header, *rows = text.strip().split("\n")
//     keys = header.split(",")
//     return [dict(zip(keys, r.split(","))) for r in rows]
#[test]
fn csv_rows_as_dicts() {
    let mut lines = CSV.trim().split('\n');
    let keys: Vec<&str> = lines.next().unwrap().split(',').collect();
    let rows =
        comp![keys.iter().copied().zip(r.split(',')).collect::<HashMap<_, _>>() for r in lines];
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[3]["salary"], "");
    assert_eq!(rows[4]["dept"], "sales");
}

// Python:
// def payroll_by_dept(text):
//     rows = [r.split(",") for r in text.splitlines()[1:]]
//     return {d: sum(int(r[2]) for r in rows if r[1] == d and r[2]) for d in {r[1] for r in rows}}
#[test]
fn csv_payroll_by_dept_nested_sum_in_dict_value() {
    let rows = comp![r.split(',').collect::<Vec<_>>() for r in CSV.lines().skip(1)];
    let payroll = comp!({d: comp!((r[2].parse::<u32>().unwrap() for r in &rows if r[1] == d && !r[2].is_empty())).sum::<u32>() for d in comp!({r[1] for r in &rows})});
    let mut expect = HashMap::new();
    expect.insert("eng", 215);
    expect.insert("ops", 80);
    expect.insert("sales", 70);
    assert_eq!(payroll, expect);
}

#[derive(Debug)]
enum ReportError {
    Parse(std::num::ParseIntError),
    Missing(&'static str),
}

impl From<std::num::ParseIntError> for ReportError {
    fn from(e: std::num::ParseIntError) -> Self {
        ReportError::Parse(e)
    }
}

// Python:
// def salaries(text):
//     return [int(r.split(",")[2]) for r in text.splitlines()[1:]]   # raises on empty
fn salaries(text: &str) -> Result<Vec<u32>, ReportError> {
    Ok(comp![r.split(',').nth(2).unwrap().parse::<u32>()? for r in text.lines().skip(1)]?)
}

#[test]
fn csv_salaries_question_mark_from_conversion() {
    let err = salaries(CSV).unwrap_err();
    match err {
        ReportError::Parse(e) => {
            assert_eq!(e.to_string(), "cannot parse integer from empty string")
        }
        other => panic!("{other:?}"),
    }
    let ok = salaries("h\na,b,1\nc,d,2").unwrap();
    assert_eq!(ok, vec![1, 2]);
}

// Python:
// def active_names(text):
//     return [r["name"].title() for r in parse(text) if r["active"] == "yes"]
#[test]
fn csv_active_names_title_case() {
    let active = comp![format!("{}{}", &name[..1].to_uppercase(), &name[1..]) for line in CSV.lines().skip(1) let cols = line.split(',').collect::<Vec<_>>() let name = cols[0] if cols[3] == "yes"];
    assert_eq!(active, vec!["Alice", "Carol", "Dan", "Erin"]);
}

// Python:
// def row_json(rows):
//     return [f'{{"name": "{n}", "salary": {s if s else "null"}}}' for n, _, s, _ in rows]
#[test]
fn csv_row_json_conditional_in_format() {
    let rows = comp![r.split(',').collect::<Vec<_>>() for r in CSV.lines().skip(1)];
    let json = comp![format!("{{\"name\": \"{}\", \"salary\": {}}}", r[0], r[2] if !r[2].is_empty() else "null") for r in &rows];
    assert_eq!(json[0], r#"{"name": "alice", "salary": 120}"#);
    assert_eq!(json[3], r#"{"name": "dan", "salary": null}"#);
}

// Python:
// def required(row, fields):
//     return {f: row[f] for f in fields}   # KeyError -> Missing
fn required<'a>(
    row: &HashMap<&'a str, &'a str>,
    fields: &[&'static str],
) -> Result<HashMap<&'static str, &'a str>, ReportError> {
    comp!({*f: *row.get(f).ok_or(ReportError::Missing(f))? for f in fields})
}

#[test]
fn csv_required_fields_result_dict() {
    let row: HashMap<&str, &str> = [("name", "x"), ("dept", "eng")].into_iter().collect();
    let ok = required(&row, &["name"]).unwrap();
    assert_eq!(ok.get("name"), Some(&"x"));
    assert!(matches!(
        required(&row, &["name", "salary"]),
        Err(ReportError::Missing("salary"))
    ));
}

// Python:
// def median_salary(rows):
//     vals = sorted(int(r[2]) for r in rows if r[2])
//     return vals[len(vals) // 2] if vals else None
fn median_salary(text: &str) -> Option<u32> {
    let mut vals = comp![r.split(',').nth(2)?.parse::<u32>().ok()? for r in text.lines().skip(1)]?;
    vals.sort();
    if vals.is_empty() {
        None
    } else {
        Some(vals[vals.len() / 2])
    }
}

#[test]
fn csv_median_option_question_mark() {
    assert_eq!(median_salary("h\na,b,3\nc,d,1\ne,f,2"), Some(2));
    // an empty salary fails the whole comprehension (Option's `?`)
    assert_eq!(median_salary(CSV), None);
}

// ---------------------------------------------------------------------------
// 3. tokenizer

#[derive(Debug, PartialEq, Clone)]
enum Tok {
    Num(i64),
    Ident(String),
    Op(char),
}

// Python:
// def tokenize(src):
//     return [Num(int(t)) if t.isdigit() else Op(t) if t in "+-*/()" else Ident(t) for t in src.replace("(", " ( ").replace(")", " ) ").split()]
#[test]
fn tokenizer_conditional_chain_over_temporary() {
    let src = "(x + 12) * y2";
    let toks = comp![Tok::Num(t.parse().unwrap()) if t.chars().all(|c| c.is_ascii_digit()) else Tok::Op(t.chars().next().unwrap()) if "+-*/()".contains(t) else Tok::Ident(t.to_string()) for t in src.replace('(', " ( ").replace(')', " ) ").split_whitespace()];
    assert_eq!(
        toks,
        vec![
            Tok::Op('('),
            Tok::Ident("x".into()),
            Tok::Op('+'),
            Tok::Num(12),
            Tok::Op(')'),
            Tok::Op('*'),
            Tok::Ident("y2".into()),
        ]
    );
}

// Python:
// def vocab(docs):
//     return {w: i for i, w in enumerate(sorted({w for d in docs for w in d.lower().split()}))}
#[test]
fn tokenizer_vocab_nested_set_into_enumerate() {
    let docs = vec![
        "The cat".to_string(),
        "the Dog".to_string(),
        "a cat".to_string(),
    ];
    let vocab = comp!({w: i for (i, w) in comp!({w.to_string() for d in &docs for w in d.to_lowercase().split(' ')}).into_iter().collect::<BTreeSet<_>>().into_iter().enumerate()});
    assert_eq!(vocab.len(), 4);
    assert_eq!(vocab["a"], 0);
    assert_eq!(vocab["cat"], 1);
    assert_eq!(vocab["dog"], 2);
    assert_eq!(vocab["the"], 3);
}

// Python:
// def char_classes(s):
//     return {ch: "digit" if ch.isdigit() else "alpha" if ch.isalpha() else "other" for ch in s}
#[test]
fn tokenizer_char_classes_conditional_dict_value() {
    let classes = comp!({ch: "digit" if ch.is_ascii_digit() else "alpha" if ch.is_alphabetic() else "other" for ch in "a1-".chars()});
    assert_eq!(classes[&'a'], "alpha");
    assert_eq!(classes[&'1'], "digit");
    assert_eq!(classes[&'-'], "other");
}

// Python:
// def ngrams(tokens, n):
//     return [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
#[test]
fn tokenizer_ngrams() {
    let tokens: Vec<String> = "to be or not".split(' ').map(String::from).collect();
    let n = 2;
    let grams = comp![tokens[i..i + n].join(" ") for i in 0..tokens.len() - n + 1];
    assert_eq!(grams, vec!["to be", "be or", "or not"]);
}

// Python:
// def longest_token(src):
//     return max((t for t in src.split() if t.isalnum()), key=len, default="")
#[test]
fn tokenizer_longest_max_by_key_lazy() {
    let src = String::from("let total_value = a1 + bb;");
    let longest = comp!((t for t in src.split(' ') if t.chars().all(char::is_alphanumeric)))
        .max_by_key(|t| t.len())
        .unwrap_or("");
    assert_eq!(longest, "let");
}

// Python:
// def char_freq(words):
//     return sorted({c for w in words for c in w})
#[test]
fn tokenizer_char_set_from_owned_strings_lazy() {
    let words = vec!["abc".to_string(), "bcd".to_string()];
    let chars: HashSet<char> = comp!((c for w in words for c in w.chars())).collect();
    let mut sorted: Vec<char> = chars.into_iter().collect();
    sorted.sort();
    assert_eq!(sorted, vec!['a', 'b', 'c', 'd']);
}

// ---------------------------------------------------------------------------
// 4. graphs: BFS and topological sort

fn edges() -> Vec<(&'static str, &'static str)> {
    vec![
        ("a", "b"),
        ("a", "c"),
        ("b", "d"),
        ("c", "d"),
        ("d", "e"),
        ("f", "e"),
    ]
}

// Python:
// def adjacency(edges):
//     nodes = {n for e in edges for n in e}
//     return {n: [v for u, v in edges if u == n] for n in nodes}
#[test]
fn graph_adjacency_nested_list_in_dict_value() {
    let es = edges();
    let nodes = comp!({n for e in &es for n in [e.0, e.1]});
    let adj = comp!({n: [v for (u, v) in &es if *u == n] for n in nodes});
    assert_eq!(adj.len(), 6);
    assert_eq!(adj["a"], vec![&"b", &"c"]);
    assert!(adj["e"].is_empty());
}

// Python:
// def in_degrees(edges):
//     nodes = {n for e in edges for n in e}
//     return {n: sum(1 for _, v in edges if v == n) for n in nodes}
#[test]
fn graph_in_degrees_sum_generator_in_dict_value() {
    let es = edges();
    let nodes: HashSet<&str> =
        comp!((n for (u, v) in es.iter().copied() for n in [u, v])).collect();
    // (own slip: first `*v == n`, a `&str` against a `&&str`; same by hand)
    let deg = comp!({n: comp!((1 for (_, v) in &es if *v == *n)).sum::<usize>() for n in &nodes});
    let mut expect: HashMap<&&str, usize> = HashMap::new();
    for n in &nodes {
        expect.insert(n, es.iter().filter(|e| e.1 == *n).count());
    }
    assert_eq!(deg, expect);
    assert_eq!(deg[&"d"], 2);
}

// Python:
// def topo_sort(edges):
//     nodes = sorted({n for e in edges for n in e})
//     indeg = {n: 0 for n in nodes}
//     for _, v in edges: indeg[v] += 1
//     ready = [n for n in nodes if indeg[n] == 0]
//     order = []
//     while ready:
//         n = ready.pop(0); order.append(n)
//         for m in [v for u, v in edges if u == n]:
//             indeg[m] -= 1
//             if indeg[m] == 0: ready.append(m)
//     return order
#[test]
fn graph_topo_sort() {
    let es = edges();
    let nodes: BTreeSet<&str> = comp!({n for &(u, v) in &es for n in [u, v]})
        .into_iter()
        .collect();
    let mut indeg = comp!({n: 0 for n in &nodes});
    for (_, v) in &es {
        *indeg.get_mut(v).unwrap() += 1;
    }
    let mut ready = comp![*n for n in &nodes if indeg[n] == 0];
    let mut order = vec![];
    while !ready.is_empty() {
        let n = ready.remove(0);
        order.push(n);
        for m in comp![v for &(u, v) in &es if u == n] {
            let d = indeg.get_mut(&m).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(m);
            }
        }
    }
    assert_eq!(order, vec!["a", "f", "b", "c", "d", "e"]);
}

// Python:
// def bfs(adj, start):
//     dist = {start: 0}; frontier = [start]
//     while frontier:
//         frontier = [m for n in frontier for m in adj[n] if m not in dist and not dist.setdefault(m, dist[n] + 1) is None]
//     ...  (rewritten as two comprehensions per level)
#[test]
fn graph_bfs_levels() {
    let es = edges();
    let adj: HashMap<&str, Vec<&str>> =
        comp!({u: comp![v for &(a, v) in &es if a == u] for &(u, _) in &es});
    let mut dist: HashMap<&str, usize> = HashMap::from([("a", 0)]);
    let mut frontier = vec!["a"];
    let mut level = 0;
    while !frontier.is_empty() {
        level += 1;
        let next: BTreeSet<&str> = comp!((m for n in &frontier for m in adj.get(n).into_iter().flatten().copied() if !dist.contains_key(m))).collect();
        for m in &next {
            dist.insert(m, level);
        }
        frontier = next.into_iter().collect();
    }
    assert_eq!(dist["d"], 2);
    assert_eq!(dist["e"], 3);
    assert!(!dist.contains_key("f"));
}

// Python:
// def reachable_pairs(adj):
//     return {(u, v) for u in adj for v in adj[u] if u < v}
#[test]
fn graph_pairs_set_of_tuples() {
    let adj: BTreeMap<&str, Vec<&str>> =
        BTreeMap::from([("a", vec!["b", "c"]), ("c", vec!["a", "d"])]);
    let pairs = comp!({(u, v) for u in adj.keys() for v in &adj[u] if u < v});
    let mut expect = HashSet::new();
    expect.insert((&"a", &"b"));
    expect.insert((&"a", &"c"));
    expect.insert((&"c", &"d"));
    assert_eq!(pairs, expect);
}

// Python:
// def is_dag_leaf(adj, n):
//     return all(not adj.get(m) for m in adj.get(n, []))
#[test]
fn graph_all_children_are_leaves() {
    let adj: HashMap<&str, Vec<&str>> =
        HashMap::from([("a", vec!["b", "c"]), ("b", vec![]), ("x", vec!["a"])]);
    let leafy = |n: &str| {
        comp!((adj.get(m).map_or(true, |v| v.is_empty()) for m in adj.get(n).cloned().unwrap_or_default())).all(|b| b)
    };
    assert!(leafy("a"));
    assert!(!leafy("x"));
}

// ---------------------------------------------------------------------------
// 5. matrix utilities

type Matrix = Vec<Vec<i64>>;

// Python:
// def transpose(m):
//     return [[row[i] for row in m] for i in range(len(m[0]))]
fn transpose(m: &Matrix) -> Matrix {
    comp![[row[i] for row in m] for i in 0..m[0].len()]
}

// Python:
// def matmul(a, b):
//     bt = transpose(b)
//     return [[sum(x * y for x, y in zip(r, c)) for c in bt] for r in a]
fn matmul(a: &Matrix, b: &Matrix) -> Matrix {
    let bt = transpose(b);
    comp![[comp!((x * y for (x, y) in r.iter().zip(c))).sum::<i64>() for c in &bt] for r in a]
}

#[test]
fn matrix_transpose_and_matmul() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    assert_eq!(transpose(&a), vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    assert_eq!(matmul(&a, &b), vec![vec![58, 64], vec![139, 154]]);
}

// Python:
// def identity(n):
//     return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
#[test]
fn matrix_identity_conditional_in_inner() {
    let n = 3;
    let id = comp![[1 if i == j else 0 for j in 0..n] for i in 0..n];
    assert_eq!(id, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);
}

// Python:
// def flatten_unique(m):
//     return set(x for row in m for x in row)
#[test]
fn matrix_flatten_unique_collect_set() {
    let m: Matrix = vec![vec![1, 2, 2], vec![3, 1], vec![]];
    let s = comp!((x for row in &m for x in row)).collect::<HashSet<_>>();
    assert_eq!(s, HashSet::from([&1, &2, &3]));
    let owned: HashSet<i64> = comp!((*x for row in &m for x in row)).collect();
    assert_eq!(owned, HashSet::from([1, 2, 3]));
}

// Python:
// def col_max(m):
//     return [max(row[j] for row in m) for j in range(len(m[0]))]
#[test]
fn matrix_column_max_nested_max() {
    let m: Matrix = vec![vec![1, 9, 3], vec![7, 2, 8]];
    let maxes = comp![comp!((row[j] for row in &m)).max().unwrap() for j in 0..m[0].len()];
    assert_eq!(maxes, vec![7, 9, 8]);
}

// Python:
// def trace(m):
//     return sum(m[i][i] for i in range(min(len(m), len(m[0]))))
#[test]
fn matrix_trace_iterator_sum_call() {
    let m: Matrix = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let t = Iterator::sum::<i64>(comp!((m[i][i] for i in 0..m.len().min(m[0].len()))));
    assert_eq!(t, 5);
}

// Python:
// def neighbours(m, i, j):
//     return [m[a][b] for a in range(i - 1, i + 2) for b in range(j - 1, j + 2)
//             if 0 <= a < len(m) and 0 <= b < len(m[0]) and (a, b) != (i, j)]
#[test]
fn matrix_neighbours_chained_comparisons() {
    let m: Matrix = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    let (i, j) = (0_i64, 1_i64);
    let rows = m.len() as i64;
    let cols = m[0].len() as i64;
    let ns = comp![m[a as usize][b as usize] for a in i - 1..i + 2 for b in j - 1..j + 2 if 0 <= a < rows && 0 <= b < cols && (a, b) != (i, j)];
    assert_eq!(ns, vec![1, 3, 4, 5, 6]);
}

// Python:
// def normalize(m):
//     total = sum(sum(r) for r in m)
//     return [[round(x / total, 2) for x in r] for r in m]
#[test]
fn matrix_normalize_sum_of_sums() {
    let m = vec![vec![1.0, 3.0], vec![4.0, 2.0]];
    let total: f64 = comp!((r.iter().sum::<f64>() for r in &m)).sum();
    let norm = comp![[(x / total * 100.0).round() / 100.0 for x in r] for r in &m];
    assert_eq!(norm, vec![vec![0.1, 0.3], vec![0.4, 0.2]]);
}

// Python:
// def sparse(m):
//     return {(i, j): v for i, row in enumerate(m) for j, v in enumerate(row) if v}
#[test]
fn matrix_sparse_dict_tuple_keys() {
    let m: Matrix = vec![vec![0, 5], vec![7, 0]];
    let sp = comp!({(i, j): v for (i, row) in m.iter().enumerate() for (j, &v) in row.iter().enumerate() if v != 0});
    assert_eq!(sp, HashMap::from([((0, 1), 5), ((1, 0), 7)]));
}

// ---------------------------------------------------------------------------
// 6. inventory / pricing (dataclasses)

#[derive(Debug, Clone, PartialEq)]
struct Product {
    sku: String,
    name: String,
    price_cents: u64,
    qty: u32,
    category: String,
    discount_pct: Option<u8>,
}

fn product(sku: &str, name: &str, price: u64, qty: u32, cat: &str, disc: Option<u8>) -> Product {
    Product {
        sku: sku.into(),
        name: name.into(),
        price_cents: price,
        qty,
        category: cat.into(),
        discount_pct: disc,
    }
}

fn catalogue() -> Vec<Product> {
    vec![
        product("A1", "pen", 150, 100, "office", None),
        product("A2", "stapler", 1299, 0, "office", Some(10)),
        product("B1", "mug", 899, 12, "kitchen", Some(25)),
        product("B2", "kettle", 3499, 3, "kitchen", None),
        product("C1", "lamp", 2599, 0, "home", Some(50)),
    ]
}

#[derive(Debug, PartialEq)]
struct Line {
    sku: String,
    unit: u64,
    status: &'static str,
}

// Python:
// def price_list(products):
//     return [Line(sku=p.sku, unit=p.price * (100 - p.discount) // 100 if p.discount else p.price,
//                  status="in stock" if p.qty > 0 else "sold out") for p in products]
#[test]
fn inventory_price_list_conditionals_in_struct_literal() {
    let cat = catalogue();
    let lines = comp![Line { sku: p.sku.clone(), unit: p.price_cents * (100 - d as u64) / 100 if let Some(d) = p.discount_pct else p.price_cents, status: "in stock" if p.qty > 0 else "sold out" } for p in &cat];
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[0],
        Line {
            sku: "A1".into(),
            unit: 150,
            status: "in stock"
        }
    );
    assert_eq!(
        lines[2],
        Line {
            sku: "B1".into(),
            unit: 674,
            status: "in stock"
        }
    );
    assert_eq!(
        lines[4],
        Line {
            sku: "C1".into(),
            unit: 1299,
            status: "sold out"
        }
    );
}

// Python:
// def stock_value(products):
//     return sum(p.price * p.qty for p in products if p.qty)
#[test]
fn inventory_stock_value_sum_over_function_result() {
    let v: u64 = comp!((p.price_cents * p.qty as u64 for p in catalogue() if p.qty > 0)).sum();
    assert_eq!(v, 150 * 100 + 899 * 12 + 3499 * 3);
}

// Python:
// def by_category(products):
//     return {c: [p.name for p in products if p.category == c] for c in {p.category for p in products}}
#[test]
fn inventory_by_category_dict_of_lists() {
    let cat = catalogue();
    let groups = comp!({c.as_str(): [p.name.as_str() for p in &cat if p.category == *c] for c in comp!({&p.category for p in &cat})});
    assert_eq!(groups["office"], vec!["pen", "stapler"]);
    assert_eq!(groups["kitchen"], vec!["mug", "kettle"]);
    assert_eq!(groups["home"], vec!["lamp"]);
}

// Python:
// def restock(products, threshold=5):
//     return {p.sku: threshold * 2 - p.qty for p in products if p.qty < threshold}
#[test]
fn inventory_restock_dict_owned_keys_moved() {
    let restock = comp!({p.sku: 10 - p.qty for p in catalogue() if p.qty < 5});
    assert_eq!(
        restock,
        HashMap::from([
            ("A2".to_string(), 10),
            ("B2".to_string(), 7),
            ("C1".to_string(), 10)
        ])
    );
}

// Python:
// def cheapest_in_stock(products):
//     return min((p for p in products if p.qty), key=lambda p: p.price, default=None)
#[test]
fn inventory_cheapest_min_by_key() {
    let cat = catalogue();
    let cheapest = comp!((p for p in &cat if p.qty > 0)).min_by_key(|p| p.price_cents);
    assert_eq!(cheapest.map(|p| p.name.as_str()), Some("pen"));
}

// Python:
// def label(p):
//     return f"{p.name} ({p.qty} left)" if p.qty < 20 else p.name
// def labels(products):
//     return [f"{p.name}{' -' + str(p.discount) + '%' if p.discount else ''}" for p in products]
#[test]
fn inventory_labels_conditional_in_format_args() {
    let cat = catalogue();
    let labels = comp![format!("{}{}", p.name, format!(" -{}%", d) if let Some(d) = p.discount_pct else String::new()) for p in &cat];
    assert_eq!(
        labels,
        vec!["pen", "stapler -10%", "mug -25%", "kettle", "lamp -50%"]
    );
}

#[derive(Debug, PartialEq)]
enum OrderError {
    UnknownSku(String),
    OutOfStock(String),
}

// Python:
// def order_total(products, order):
//     by_sku = {p.sku: p for p in products}
//     def line(sku, n):
//         if sku not in by_sku: raise UnknownSku(sku)
//         if by_sku[sku].qty < n: raise OutOfStock(sku)
//         return by_sku[sku].price * n
//     return sum([line(s, n) for s, n in order])
fn order_total(products: &[Product], order: &[(&str, u32)]) -> Result<u64, OrderError> {
    let by_sku = comp!({p.sku.as_str(): p for p in products});
    let line = |sku: &str, n: u32| -> Result<u64, OrderError> {
        let p = by_sku
            .get(sku)
            .ok_or_else(|| OrderError::UnknownSku(sku.to_string()))?;
        if p.qty < n {
            return Err(OrderError::OutOfStock(sku.to_string()));
        }
        Ok(p.price_cents * n as u64)
    };
    Ok(comp![line(s, n)? for &(s, n) in order]?.iter().sum())
}

#[test]
fn inventory_order_total_result() {
    let cat = catalogue();
    assert_eq!(order_total(&cat, &[("A1", 2), ("B2", 1)]), Ok(300 + 3499));
    assert_eq!(
        order_total(&cat, &[("A1", 2), ("Z9", 1)]),
        Err(OrderError::UnknownSku("Z9".into()))
    );
    assert_eq!(
        order_total(&cat, &[("C1", 1)]),
        Err(OrderError::OutOfStock("C1".into()))
    );
}

// Python:
// def discounted_names(products):
//     return sorted(p.name for p in products if (p.discount or 0) >= 25)
#[test]
fn inventory_discounted_names_sorted() {
    let mut names = comp![p.name for p in catalogue() if p.discount_pct.unwrap_or(0) >= 25];
    names.sort();
    assert_eq!(names, vec!["lamp", "mug"]);
}

// Python:
// def skus_from_arc(shared):
//     with shared.lock:
//         return [p.sku for p in shared.items if p.qty]
#[test]
fn inventory_mutex_lock_temporary_first_iterable() {
    let shared = Arc::new(Mutex::new(catalogue()));
    let skus = comp![p.sku.clone() for p in shared.lock().unwrap().iter() if p.qty > 0];
    assert_eq!(skus, vec!["A1", "B1", "B2"]);
    // and the set form, borrowing from the guard within the statement
    let n = comp!({p.category.as_str() for p in shared.lock().unwrap().iter()}).len();
    assert_eq!(n, 3);
}

// ---------------------------------------------------------------------------
// 7. config merger

fn defaults() -> HashMap<String, String> {
    [
        ("host", "localhost"),
        ("port", "8080"),
        ("debug", "false"),
        ("workers", "4"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

// Python:
// def merge(defaults, overrides):
//     return {k: overrides.get(k, v) for k, v in defaults.items()} | {k: v for k, v in overrides.items() if k not in defaults}
#[test]
fn config_merge_two_dicts() {
    let overrides: HashMap<String, String> = HashMap::from([
        ("port".to_string(), "9000".to_string()),
        ("tls".to_string(), "on".to_string()),
    ]);
    let d = defaults();
    let mut merged = comp!({k.clone(): overrides.get(k).unwrap_or(v).clone() for (k, v) in &d});
    merged.extend(comp!({k.clone(): v.clone() for (k, v) in &overrides if !d.contains_key(k)}));
    assert_eq!(merged.len(), 5);
    assert_eq!(merged["port"], "9000");
    assert_eq!(merged["host"], "localhost");
    assert_eq!(merged["tls"], "on");
}

// Python:
// def parse_env(text):
//     return {k.strip().lower(): v.strip() for line in text.splitlines()
//             if "=" in line and not line.lstrip().startswith("#")
//             for k, v in [line.split("=", 1)]}
#[test]
fn config_parse_env_split_once() {
    let text = "HOST = example.org\n# PORT=1\nWORKERS=8\nnoise\n";
    let env = comp!({k.trim().to_lowercase(): v.trim() for line in text.lines() if !line.trim_start().starts_with('#') if let Some((k, v)) = line.split_once('=')});
    assert_eq!(env.len(), 2);
    assert_eq!(env["host"], "example.org");
    assert_eq!(env["workers"], "8");
}

#[derive(Debug)]
enum ConfigError {
    BadInt(String, std::num::ParseIntError),
    Missing(String),
}

impl From<std::num::ParseIntError> for ConfigError {
    fn from(e: std::num::ParseIntError) -> Self {
        ConfigError::BadInt(String::new(), e)
    }
}

// Python:
// def int_settings(cfg, keys):
//     return {k: int(cfg[k]) for k in keys}
fn int_settings(
    cfg: &HashMap<String, String>,
    keys: &[&str],
) -> Result<HashMap<String, i64>, ConfigError> {
    let raw = comp!({k.to_string(): cfg.get(*k).ok_or_else(|| ConfigError::Missing(k.to_string()))? for k in keys})?;
    Ok(
        comp!({k.clone(): v.parse::<i64>().map_err(|e| ConfigError::BadInt(k.clone(), e))? for (k, v) in &raw})?,
    )
}

#[test]
fn config_int_settings_two_stage_result() {
    let d = defaults();
    let ok = int_settings(&d, &["port", "workers"]).unwrap();
    assert_eq!(ok["port"], 8080);
    assert_eq!(ok["workers"], 4);
    match int_settings(&d, &["host"]) {
        Err(ConfigError::BadInt(k, e)) => {
            assert_eq!(k, "host");
            assert_eq!(e.to_string(), "invalid digit found in string");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(int_settings(&d, &["nope"]), Err(ConfigError::Missing(k)) if k == "nope"));
}

// Python:
// def get_port(cfg):
//     return int(cfg["port"])    # From ParseIntError via `?` outside the comprehension
fn ports(cfgs: &[HashMap<String, String>]) -> Result<Vec<u16>, ConfigError> {
    Ok(comp![c["port"].parse::<u16>()? for c in cfgs]?)
}

#[test]
fn config_ports_from_conversion_outside() {
    let mut bad = defaults();
    bad.insert("port".into(), "http".into());
    assert_eq!(ports(&[defaults(), defaults()]).unwrap(), vec![8080, 8080]);
    assert!(matches!(ports(&[defaults(), bad]), Err(ConfigError::BadInt(k, _)) if k.is_empty()));
}

// Python:
// def flatten(cfg, prefix=""):
//     return {f"{prefix}{k}": v for k, v in cfg.items()}
// def diff(a, b):
//     return {k: (a.get(k), b.get(k)) for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
#[test]
fn config_diff_union_of_keys() {
    let a = defaults();
    let mut b = defaults();
    b.insert("debug".into(), "true".into());
    b.remove("workers");
    let diff = comp!({k.as_str(): (a.get(k).map(String::as_str), b.get(k).map(String::as_str)) for k in a.keys().chain(b.keys()).collect::<HashSet<_>>() if a.get(k) != b.get(k)});
    assert_eq!(diff.len(), 2);
    assert_eq!(diff["debug"], (Some("false"), Some("true")));
    assert_eq!(diff["workers"], (Some("4"), None));
}

// Python:
// def bool_flags(cfg):
//     return {k: v.lower() in ("1", "true", "yes", "on") for k, v in cfg.items() if v.lower() in ("0", "1", "true", "false", "yes", "no", "on", "off")}
#[test]
fn config_bool_flags_walrus_lowercase() {
    let mut cfg = defaults();
    cfg.insert("tls".into(), "ON".into());
    let flags = comp!({k.as_str(): ["1", "true", "yes", "on"].contains(&l.as_str()) for (k, v) in &cfg if ["0", "1", "true", "false", "yes", "no", "on", "off"].contains(&(l := v.to_lowercase()).as_str())});
    assert_eq!(flags, HashMap::from([("debug", false), ("tls", true)]));
}

// ---------------------------------------------------------------------------
// 8. rate limiter bookkeeping

struct Limiter {
    window: u64,
    limit: usize,
    hits: Mutex<HashMap<String, Vec<u64>>>,
}

impl Limiter {
    // Python:
    // def prune(self, now):
    //     self.hits = {k: [t for t in ts if now - t < self.window] for k, ts in self.hits.items()}
    //     self.hits = {k: ts for k, ts in self.hits.items() if ts}
    fn prune(&self, now: u64) {
        let mut hits = self.hits.lock().unwrap();
        let pruned = comp!({k.clone(): [t for &t in ts if now - t < self.window] for (k, ts) in hits.iter()});
        *hits = comp!({k: ts for (k, ts) in pruned if !ts.is_empty()});
    }

    // Python:
    // def blocked(self):
    //     return sorted(k for k, ts in self.hits.items() if len(ts) >= self.limit)
    fn blocked(&self) -> Vec<String> {
        let mut b = comp![k.clone() for (k, ts) in self.hits.lock().unwrap().iter() if ts.len() >= self.limit];
        b.sort();
        b
    }

    // Python:
    // def remaining(self):
    //     return {k: max(0, self.limit - len(ts)) for k, ts in self.hits.items()}
    fn remaining(&self) -> BTreeMap<String, usize> {
        comp!({k.clone(): self.limit.saturating_sub(ts.len()) for (k, ts) in self.hits.lock().unwrap().iter()}).into_iter().collect()
    }
}

#[test]
fn limiter_bookkeeping() {
    let l = Limiter {
        window: 10,
        limit: 2,
        hits: Mutex::new(HashMap::from([
            ("1.1.1.1".to_string(), vec![1, 5, 12]),
            ("2.2.2.2".to_string(), vec![2]),
            ("3.3.3.3".to_string(), vec![11, 13]),
        ])),
    };
    l.prune(14);
    let hits = l.hits.lock().unwrap().clone();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits["1.1.1.1"], vec![5, 12]);
    assert_eq!(l.blocked(), vec!["1.1.1.1", "3.3.3.3"]);
    assert_eq!(
        l.remaining(),
        BTreeMap::from([("1.1.1.1".to_string(), 0), ("3.3.3.3".to_string(), 0)])
    );
}

// Python:
// def busiest(hits):
//     return max((k for k in hits if hits[k]), key=lambda k: len(hits[k]))
#[test]
fn limiter_busiest_max_by_key_on_lock() {
    let hits = Mutex::new(HashMap::from([
        ("a".to_string(), vec![1, 2, 3]),
        ("b".to_string(), vec![1]),
        ("c".to_string(), vec![]),
    ]));
    let guard = hits.lock().unwrap();
    let busiest = comp!((k.as_str() for (k, ts) in guard.iter() if !ts.is_empty()))
        .max_by_key(|k| guard[*k].len());
    assert_eq!(busiest, Some("a"));
}

// ---------------------------------------------------------------------------
// 9. async crawler (asyncio.gather + semaphore)

#[derive(Debug, Clone, PartialEq)]
struct Page {
    url: String,
    status: u16,
    body: String,
}

#[derive(Debug, PartialEq)]
enum FetchError {
    Timeout(String),
    Http(u16),
}

#[derive(Debug, PartialEq)]
enum CrawlError {
    Fetch(FetchError),
    Parse(String),
}

impl From<FetchError> for CrawlError {
    fn from(e: FetchError) -> Self {
        CrawlError::Fetch(e)
    }
}

struct Client {
    latency_ms: u64,
    requests: Mutex<Vec<String>>,
}

impl Client {
    fn new(latency_ms: u64) -> Self {
        Client {
            latency_ms,
            requests: Mutex::new(vec![]),
        }
    }

    async fn get(&self, url: &str) -> Result<Page, FetchError> {
        sleep(Duration::from_millis(self.latency_ms)).await;
        self.requests.lock().unwrap().push(url.to_string());
        if url.contains("slow") {
            return Err(FetchError::Timeout(url.to_string()));
        }
        let status = if url.ends_with("/missing") { 404 } else { 200 };
        let body = format!("<a href=\"{url}/1\"></a><a href=\"{url}/2\"></a> words in {url}");
        Ok(Page {
            url: url.to_string(),
            status,
            body,
        })
    }

    async fn head(&self, url: &str) -> u16 {
        sleep(Duration::from_millis(self.latency_ms)).await;
        if url.ends_with("/missing") {
            404
        } else {
            200
        }
    }
}

fn seed_urls() -> Vec<String> {
    (0..10).map(|i| format!("https://site/{i}")).collect()
}

// Python:
// async def crawl(client, urls):
//     sem = asyncio.Semaphore(4)
//     async def one(u):
//         async with sem: return await client.get(u)
//     return await asyncio.gather(*[one(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn crawler_gather_with_semaphore_borrows_client() {
    let client = Client::new(100);
    let urls = seed_urls();
    let start = Instant::now();
    let pages = acomp![client.get(u).await for u in &urls; concurrency = 4];
    assert_eq!(start.elapsed(), Duration::from_millis(300));
    assert_eq!(pages.len(), 10);
    assert_eq!(pages[7].as_ref().unwrap().url, "https://site/7");
    assert_eq!(client.requests.lock().unwrap().len(), 10);
}

// Python:
// async def crawl_all(client, urls):
//     pages = await asyncio.gather(*[client.get(u) for u in urls])   # raises on first error
//     return [p.body for p in pages]
async fn crawl_all(client: &Client, urls: &[String]) -> Result<Vec<String>, CrawlError> {
    let pages = acomp![client.get(u).await? for u in urls; concurrency = 3]?;
    Ok(comp![p.body for p in pages])
}

#[tokio::test(start_paused = true)]
async fn crawler_fail_fast_with_from_outside() {
    let client = Client::new(10);
    let ok = crawl_all(&client, &seed_urls()).await.unwrap();
    assert_eq!(ok.len(), 10);
    let mut urls = seed_urls();
    urls[4] = "https://slow/4".into();
    let err = crawl_all(&client, &urls).await.unwrap_err();
    assert_eq!(
        err,
        CrawlError::Fetch(FetchError::Timeout("https://slow/4".into()))
    );
}

// Python:
// async def links(client, urls):
//     return {link for u in urls for link in re.findall(r'href="([^"]+)"', (await client.get(u)).body)}
#[tokio::test(start_paused = true)]
async fn crawler_links_await_field_in_inner_iterable() {
    let client = Client::new(5);
    let urls = vec!["https://a".to_string(), "https://b".to_string()];
    let links = acomp!({link.to_string() for u in &urls for link in (client.get(u).await).unwrap().body.split('"').filter(|s| s.starts_with("https://"))});
    let expect: HashSet<String> = ["https://a/1", "https://a/2", "https://b/1", "https://b/2"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(links, expect);
}

// Python:
// async def statuses(client, urls):
//     return {u: await client.head(u) for u in urls}
#[tokio::test(start_paused = true)]
async fn crawler_status_dict_await_in_value_concurrent() {
    let client = Client::new(50);
    let urls = vec!["https://x/ok".to_string(), "https://x/missing".to_string()];
    let start = Instant::now();
    let st = acomp!({u.as_str(): await client.head(u) for u in &urls; concurrency = 2});
    assert_eq!(start.elapsed(), Duration::from_millis(50));
    assert_eq!(
        st,
        HashMap::from([("https://x/ok", 200), ("https://x/missing", 404)])
    );
}

// Python:
// async def live_pages(client, urls):
//     return [p.url for u in urls if await client.head(u) == 200 for p in [await client.get(u)]]
#[tokio::test(start_paused = true)]
async fn crawler_await_in_filter_and_let_clause() {
    let client = Client::new(10);
    let urls = vec![
        "https://x/a".to_string(),
        "https://x/missing".to_string(),
        "https://x/b".to_string(),
    ];
    let live = acomp![p.url for u in &urls if await client.head(u) == 200 let p = client.get(u).await.unwrap()];
    assert_eq!(live, vec!["https://x/a", "https://x/b"]);
}

// Python:
// async def sizes(client, urls):
//     return [(u, len((await client.get(u)).body), "ok" if await client.head(u) == 200 else "bad") for u in urls]
#[tokio::test(start_paused = true)]
async fn crawler_awaits_inside_tuple_with_conditional() {
    let client = Client::new(10);
    let urls = vec!["https://x/a".to_string(), "https://x/missing".to_string()];
    let sizes = acomp![(u.as_str(), (await client.get(u)).unwrap().body.len(), "ok" if await client.head(u) == 200 else "bad") for u in &urls; concurrency = 2];
    let a_len = format!(
        "<a href=\"{0}/1\"></a><a href=\"{0}/2\"></a> words in {0}",
        "https://x/a"
    )
    .len();
    assert_eq!(sizes[0], ("https://x/a", a_len, "ok"));
    assert_eq!(sizes[1].2, "bad");
}

#[derive(Debug, PartialEq)]
struct Summary {
    url: String,
    status: u16,
    words: usize,
}

// Python:
// async def summarize(client, urls):
//     return [Summary(url=u, status=await client.head(u), words=len((await client.get(u)).body.split())) for u in urls]
#[tokio::test(start_paused = true)]
async fn crawler_awaits_in_struct_literal_owned_strings_moved() {
    let client = Client::new(20);
    let urls = vec!["https://x/a".to_string(), "https://x/missing".to_string()];
    let start = Instant::now();
    let sums = acomp![Summary { status: await client.head(&u), words: client.get(&u).await.unwrap().body.split_whitespace().count(), url: u } for u in urls; concurrency = 8];
    assert_eq!(start.elapsed(), Duration::from_millis(40));
    // (own slip: first expected 4 words; the body has 6 whitespace-separated tokens)
    assert_eq!(
        sums[0],
        Summary {
            url: "https://x/a".into(),
            status: 200,
            words: 6
        }
    );
    assert_eq!(sums[1].status, 404);
}

// Python:
// async def count_requests(client, urls, counter):
//     async def one(u):
//         async with counter_lock: counter[u.split("/")[2]] += 1
//         return await client.head(u)
//     return await asyncio.gather(*[one(u) for u in urls])
#[tokio::test(start_paused = true)]
async fn crawler_arc_mutex_counter_per_host() {
    let client = Client::new(10);
    let counter: Arc<Mutex<HashMap<String, u32>>> = Arc::new(Mutex::new(HashMap::new()));
    let urls = vec!["https://h1/a", "https://h2/b", "https://h1/c"];
    let codes = acomp![{ *counter.lock().unwrap().entry(u.split('/').nth(2).unwrap().to_string()).or_insert(0) += 1; client.head(u).await } for u in urls; concurrency = 2];
    assert_eq!(codes, vec![200, 200, 200]);
    let c = counter.lock().unwrap();
    assert_eq!(c["h1"], 2);
    assert_eq!(c["h2"], 1);
}

// Python:
// async def fetch_lines(client, text):
//     return await asyncio.gather(*[client.head(line.strip()) for line in text.splitlines() if line.strip()])
#[tokio::test(start_paused = true)]
async fn crawler_str_slices_of_owned_string_concurrent() {
    let client = Client::new(30);
    let text = String::from("https://a/x\n\n  https://a/missing \nhttps://b/y\n");
    let start = Instant::now();
    let codes = acomp![client.head(line.trim()).await for line in text.lines() if !line.trim().is_empty(); concurrency = 10];
    assert_eq!(start.elapsed(), Duration::from_millis(30));
    assert_eq!(codes, vec![200, 404, 200]);
}

// Python:
// async def crawl_tree(client, roots):
//     return [[await client.head(f"{r}/{i}") for i in range(3)] for r in roots]
#[tokio::test(start_paused = true)]
async fn crawler_nested_comprehension_with_awaits() {
    let client = Client::new(1);
    let roots = ["https://r1", "https://r2"];
    let tree = acomp![[await client.head(&format!("{r}/{i}")) for i in 0..3] for r in roots];
    assert_eq!(tree, vec![vec![200; 3]; 2]);
    let tree2 = acomp![[client.head(&format!("{r}/{}", "missing" if i == 1 else "ok")).await for i in 0..3] for r in roots; concurrency = 2];
    assert_eq!(tree2, vec![vec![200, 404, 200]; 2]);
}

// Python:
// async def first_ok(client, urls):
//     async for p in (await client.get(u) for u in urls):   # generator of awaits
//         if p.status == 200: return p.url
#[tokio::test(start_paused = true)]
async fn crawler_lazy_stream_first_match() {
    let client = Client::new(10);
    let urls = vec![
        "https://x/missing".to_string(),
        "https://x/a".to_string(),
        "https://x/b".to_string(),
    ];
    let mut pages = acomp!((client.get(u).await.unwrap() for u in &urls));
    let mut first = None;
    while let Some(p) = pages.next().await {
        if p.status == 200 {
            first = Some(p.url);
            break;
        }
    }
    assert_eq!(first.as_deref(), Some("https://x/a"));
    drop(pages);
    // the stream stopped after the second page
    assert_eq!(client.requests.lock().unwrap().len(), 2);
}

// Python:
// async def word_count(client, urls):
//     return sum([len((await client.get(u)).body.split()) for u in urls])
#[tokio::test(start_paused = true)]
async fn crawler_lazy_concurrent_stream_fold() {
    let client = Client::new(100);
    let urls = seed_urls();
    let start = Instant::now();
    let total: usize = acomp!((client.get(u).await.unwrap().body.split_whitespace().count() for u in &urls); concurrency = 5).fold(0, |a, n| async move { a + n }).await;
    assert_eq!(start.elapsed(), Duration::from_millis(200));
    assert_eq!(total, 60); // 6 tokens per body (same miscount as above, first written 40)
}

// Python:
// async def parse_titles(client, urls):
//     pages = [await client.get(u) for u in urls]   # raises FetchError
//     return [int(p.url.rsplit("/", 1)[1]) for p in pages]  # raises ValueError -> Parse
async fn page_numbers(client: &Client, urls: &[String]) -> Result<Vec<u32>, CrawlError> {
    let pages = acomp![client.get(u).await? for u in urls]?;
    Ok(
        comp![p.url.rsplit('/').next().unwrap().parse::<u32>().map_err(|e| CrawlError::Parse(e.to_string()))? for p in &pages]?,
    )
}

#[tokio::test(start_paused = true)]
async fn crawler_two_error_types_from_and_map_err() {
    let client = Client::new(1);
    assert_eq!(
        page_numbers(&client, &seed_urls()[..3]).await,
        Ok(vec![0, 1, 2])
    );
    let urls = vec!["https://x/abc".to_string()];
    assert_eq!(
        page_numbers(&client, &urls).await,
        Err(CrawlError::Parse("invalid digit found in string".into()))
    );
    let urls = vec!["https://slow/1".to_string()];
    assert_eq!(
        page_numbers(&client, &urls).await,
        Err(CrawlError::Fetch(FetchError::Timeout(
            "https://slow/1".into()
        )))
    );
}

// Python:
// async def good_statuses(client, urls):
//     return [s for u in urls if (s := await client.head(u)) < 400]
#[tokio::test(start_paused = true)]
async fn crawler_walrus_with_await() {
    let client = Client::new(1);
    let urls = ["https://x/a", "https://x/missing", "https://x/b"];
    let good = acomp![(u, s) for u in urls if (s := await client.head(u)) < 400];
    assert_eq!(good, vec![("https://x/a", 200), ("https://x/b", 200)]);
}

// Python:
// async def drain(queue_stream):
//     return [item.upper() async for item in queue_stream if item]
#[tokio::test]
async fn crawler_async_for_over_stream() {
    let s = stream::iter(vec!["a".to_string(), String::new(), "b".to_string()]);
    let v = acomp![item.to_uppercase() async for item in s if !item.is_empty()];
    assert_eq!(v, vec!["A", "B"]);
}

// Python:
// async def errors_by_kind(client, urls):
//     results = await asyncio.gather(*[client.get(u) for u in urls], return_exceptions=True)
//     return {u: type(r).__name__ for u, r in zip(urls, results) if isinstance(r, Exception)}
#[tokio::test(start_paused = true)]
async fn crawler_return_exceptions_dict() {
    let client = Client::new(10);
    let urls = vec![
        "https://slow/1".to_string(),
        "https://x/a".to_string(),
        "https://slow/2".to_string(),
    ];
    let results = acomp![(u, client.get(u).await) for u in &urls; concurrency = 3];
    let errs = comp!({u.as_str(): "Timeout" if matches!(e, FetchError::Timeout(_)) else "Http" for (u, r) in &results if let Err(e) = r});
    assert_eq!(
        errs,
        HashMap::from([("https://slow/1", "Timeout"), ("https://slow/2", "Timeout")])
    );
    // FetchError::Http is never produced by this client; check the label anyway
    // (own slip: first wrote Python's conditional in a plain `assert_eq!`, outside any comprehension)
    let fake = vec![("u".to_string(), Err::<Page, _>(FetchError::Http(500)))];
    let labels = comp![("Timeout" if matches!(e, FetchError::Timeout(_)) else "Http") for (_, r) in &fake if let Err(e) = r];
    assert_eq!(labels, vec!["Http"]);
}

// ---------------------------------------------------------------------------
// 10. job scheduler

#[derive(Debug, Clone)]
struct Job {
    name: String,
    deps: Vec<String>,
    cost_ms: u64,
    priority: u8,
}

fn job(name: &str, deps: &[&str], cost_ms: u64, priority: u8) -> Job {
    Job {
        name: name.into(),
        deps: deps.iter().map(|d| d.to_string()).collect(),
        cost_ms,
        priority,
    }
}

fn jobs() -> Vec<Job> {
    vec![
        job("fetch", &[], 100, 1),
        job("compile", &[], 300, 2),
        job("test", &["fetch", "compile"], 200, 3),
        job("lint", &["fetch"], 50, 1),
        job("ship", &["test", "lint"], 10, 5),
    ]
}

async fn run_job(j: &Job, log: &Mutex<Vec<String>>) -> (String, u64) {
    sleep(Duration::from_millis(j.cost_ms)).await;
    log.lock().unwrap().push(j.name.clone());
    (j.name.clone(), j.cost_ms)
}

// Python:
// def levels(jobs):
//     done, out = set(), []
//     while len(done) < len(jobs):
//         ready = [j for j in jobs if j.name not in done and all(d in done for d in j.deps)]
//         out.append(sorted(j.name for j in ready)); done |= {j.name for j in ready}
//     return out
fn levels(js: &[Job]) -> Vec<Vec<&str>> {
    let mut done: HashSet<&str> = HashSet::new();
    let mut out = vec![];
    while done.len() < js.len() {
        let ready = comp![j for j in js if !done.contains(j.name.as_str()) && comp!((done.contains(d.as_str()) for d in &j.deps)).all(|b| b)];
        let mut names = comp![j.name.as_str() for j in &ready];
        names.sort();
        out.push(names);
        done.extend(comp!({j.name.as_str() for j in ready}));
    }
    out
}

#[test]
fn scheduler_levels_all_generator_in_filter() {
    let js = jobs();
    assert_eq!(
        levels(&js),
        vec![vec!["compile", "fetch"], vec!["lint", "test"], vec!["ship"]]
    );
}

// Python:
// async def run_levels(jobs, workers=2):
//     for level in levels(jobs):
//         results += await asyncio.gather(*[run(by_name[n]) for n in level])
#[tokio::test(start_paused = true)]
async fn scheduler_run_levels_concurrently() {
    let js = jobs();
    let by_name = comp!({j.name.as_str(): j for j in &js});
    let log = Mutex::new(vec![]);
    let start = Instant::now();
    let mut results = vec![];
    for level in levels(&js) {
        results.extend(acomp![run_job(by_name[n], &log).await for n in level; concurrency = 2]);
    }
    // compile (300) || fetch (100), then test (200) || lint (50), then ship (10)
    assert_eq!(start.elapsed(), Duration::from_millis(510));
    assert_eq!(
        comp![n.as_str() for (n, _) in &results],
        vec!["compile", "fetch", "lint", "test", "ship"]
    );
    assert_eq!(
        *log.lock().unwrap(),
        vec!["fetch", "compile", "lint", "test", "ship"]
    );
}

// Python:
// async def run_unordered(jobs):
//     return [name for name, _ in await as_completed([run(j) for j in jobs if not j.deps])]
#[tokio::test(start_paused = true)]
async fn scheduler_unordered_completion_order() {
    let js = jobs();
    let log = Mutex::new(vec![]);
    let order = acomp![run_job(j, &log).await.0 for j in &js if j.deps.is_empty() || j.name == "lint"; concurrency = 3, unordered];
    assert_eq!(order, vec!["lint", "fetch", "compile"]);
}

// Python:
// def critical_path(jobs):
//     cost = {}
//     for j in topo(jobs): cost[j.name] = j.cost + max((cost[d] for d in j.deps), default=0)
//     return max(cost.values())
#[test]
fn scheduler_critical_path_max_default() {
    let js = jobs();
    let mut cost: HashMap<&str, u64> = HashMap::new();
    for level in levels(&js) {
        for n in level {
            let j = js.iter().find(|j| j.name == n).unwrap();
            let before = comp!((cost[d.as_str()] for d in &j.deps))
                .max()
                .unwrap_or(0);
            cost.insert(n, j.cost_ms + before);
        }
    }
    assert_eq!(comp!((*c for c in cost.values())).max(), Some(510));
}

// Python:
// def by_priority(jobs):
//     return [f"{j.name}{'!' * (j.priority - 2) if j.priority > 2 else ''}" for j in sorted(jobs, key=lambda j: -j.priority)]
#[test]
fn scheduler_priority_labels_sorted_temporary() {
    let labels = comp![format!("{}{}", j.name, "!".repeat(j.priority as usize - 2) if j.priority > 2 else String::new()) for j in { let mut v = jobs(); v.sort_by_key(|j| std::cmp::Reverse(j.priority)); v }];
    assert_eq!(labels, vec!["ship!!!", "test!", "compile", "fetch", "lint"]);
}

// Python:
// def measure_parallelism(jobs):   # max in flight
#[tokio::test(start_paused = true)]
async fn scheduler_arc_mutex_in_flight_gauge() {
    let js = jobs();
    let gauge = Arc::new(Mutex::new((0_u32, 0_u32)));
    let done = acomp![{
        { let mut g = gauge.lock().unwrap(); g.0 += 1; g.1 = g.1.max(g.0); }
        sleep(Duration::from_millis(j.cost_ms)).await;
        gauge.lock().unwrap().0 -= 1;
        j.name.len()
    } for j in &js; concurrency = 2];
    assert_eq!(done, vec![5, 7, 4, 4, 4]);
    assert_eq!(*gauge.lock().unwrap(), (0, 2));
}

// ---------------------------------------------------------------------------
// 11. generator arguments, lazy forms passed around, Option functions

fn mean(it: impl IntoIterator<Item = f64>) -> f64 {
    let (mut s, mut n) = (0.0, 0.0);
    for x in it {
        s += x;
        n += 1.0;
    }
    s / n
}

// Python:
// def row_means(m):
//     return [mean(x for x in row if x >= 0) for row in m]
#[test]
fn generator_as_only_call_argument() {
    let m = vec![vec![1.0, -1.0, 3.0], vec![4.0]];
    let means = comp![mean(x for &x in row if x >= 0.0) for row in &m];
    assert_eq!(means, vec![2.0, 4.0]);
}

// Python:
// def letters(words):
//     return ["".join(c for c in w if c.isalpha()) for w in words]
#[test]
fn generator_in_string_from_iter() {
    let words = vec!["a1b".to_string(), "c-d!".to_string()];
    let letters =
        comp![String::from_iter(c for c in w.chars() if c.is_alphabetic()) for w in &words];
    assert_eq!(letters, vec!["ab", "cd"]);
}

// Python:
// def distinct_per_row(m):
//     return [len(set(x for x in row)) for row in m]
#[test]
fn generator_in_hashset_from_iter() {
    let m = vec![vec![1, 1, 2], vec![3, 3, 3]];
    let d = comp![HashSet::<i32>::from_iter(x for &x in row).len() for row in &m];
    assert_eq!(d, vec![2, 1]);
}

// Python:
// def weighted(xs, ws):
//     return sum(x * w for x, w in zip(xs, ws)) / sum(ws)
#[test]
fn generator_zip_two_lazy_forms() {
    let xs = vec![1.0, 2.0, 3.0];
    let ws = vec![3.0, 1.0, 0.0];
    let num: f64 =
        comp!((x * w for (x, w) in comp!((x * 1.0 for x in &xs)).zip(comp!((*w for w in &ws)))))
            .sum();
    let den: f64 = comp!((w for w in &ws)).sum();
    assert_eq!(num / den, 1.25);
}

// Python:
// def evens(xs):
//     return (x for x in xs if x % 2 == 0)
fn evens(xs: Vec<i32>) -> impl Iterator<Item = i32> {
    comp!(move (x for x in xs if x % 2 == 0))
}

#[test]
fn generator_returned_from_function() {
    let total: i32 = evens(vec![1, 2, 3, 4]).map(|x| x * 10).sum();
    assert_eq!(total, 60);
}

// Python:
// def first_negative_index(xs):
//     return next((i for i, x in enumerate(xs) if x < 0), None)
#[test]
fn generator_next_with_default() {
    let xs = [3, 1, -4, -1];
    assert_eq!(
        comp!((i for (i, &x) in xs.iter().enumerate() if x < 0)).next(),
        Some(2)
    );
}

// Python:
// def lookup_all(d, keys):
//     return [d[k] for k in keys]          # None if any missing
fn lookup_all(d: &HashMap<&str, i32>, keys: &[&str]) -> Option<Vec<i32>> {
    comp![*d.get(k)? for k in keys]
}

#[test]
fn option_function_tail_comprehension() {
    let d = HashMap::from([("a", 1), ("b", 2)]);
    assert_eq!(lookup_all(&d, &["a", "b"]), Some(vec![1, 2]));
    assert_eq!(lookup_all(&d, &["a", "z"]), None);
}

// Python:
// def parse_grid(text):
//     return [[int(c) for c in row.split(",")] for row in text.splitlines()]   # raises
fn parse_grid(text: &str) -> Result<Vec<Vec<i32>>, std::num::ParseIntError> {
    comp![[c.parse::<i32>()? for c in row.split(',')]? for row in text.lines()]
}

#[test]
fn nested_fallible_comprehension_propagates() {
    assert_eq!(parse_grid("1,2\n3,4"), Ok(vec![vec![1, 2], vec![3, 4]]));
    assert!(parse_grid("1,x\n3,4").is_err());
}

// Python:
// def first_digits(words):
//     return {w: next(c for c in w if c.isdigit()) for w in words}   # StopIteration -> None
fn first_digits<'a>(words: &[&'a str]) -> Option<HashMap<&'a str, char>> {
    comp!({*w: w.chars().find(|c| c.is_ascii_digit())? for w in words})
}

#[test]
fn option_dict_comprehension() {
    assert_eq!(
        first_digits(&["a1", "22"]),
        Some(HashMap::from([("a1", '1'), ("22", '2')]))
    );
    assert_eq!(first_digits(&["a1", "b"]), None);
}

// Python:
// def lazy_parse(lines):
//     return (int(l) for l in lines)  # consumer gets the error
#[test]
fn lazy_option_items_collected() {
    let lines = ["1", "2", "x", "4"];
    let all: Option<Vec<i32>> = comp!((l.parse::<i32>().ok()? for l in lines)).collect();
    assert_eq!(all, None);
    let good: Option<Vec<i32>> = comp!((l.parse::<i32>().ok()? for l in &lines[..2])).collect();
    assert_eq!(good, Some(vec![1, 2]));
}

// Python:
// def clamp_rows(m):
//     return [list(map(lambda v: v if v > 0 else 0, row)) for row in m]
#[test]
fn conditional_as_closure_body() {
    let m = vec![vec![1, -2], vec![-3, 4]];
    let c = comp![row.iter().map(|v| *v if *v > 0 else 0).collect::<Vec<_>>() for row in &m];
    assert_eq!(c, vec![vec![1, 0], vec![0, 4]]);
}

// Python:
// def named(pairs):
//     return {k if k else "default": v for k, v in pairs}
#[test]
fn conditional_as_dict_key() {
    let pairs = [("a", 1), ("", 2)];
    let d = comp!({k if !k.is_empty() else "default": v for (k, v) in pairs});
    assert_eq!(d, HashMap::from([("a", 1), ("default", 2)]));
}

// Python:
// def budget(items):
//     return [t for n, c in items for t in [c * 2 if c < 10 else c]]
#[test]
fn conditional_in_typed_let_clause() {
    let items = [("a", 3_u64), ("b", 12)];
    let b = comp![(n, t) for (n, c) in items let t: u64 = c * 2 if c < 10 else c];
    assert_eq!(b, vec![("a", 6), ("b", 12)]);
}

// Python:
// def ranges(xs, lo, hi):
//     return [f"{x} {'in' if lo <= x < hi else 'out'}" for x in xs]
#[test]
fn chained_comparison_inside_format() {
    let (lo, hi) = (2, 5);
    let r = comp![format!("{} {}", x, "in" if lo <= x < hi else "out") for x in [1, 2, 5]];
    assert_eq!(r, vec!["1 out", "2 in", "5 out"]);
}

// Python:
// def sum_fields(rows):
//     return [f"{int(a) + int(b)}" for a, b in rows]   # raises
fn sum_fields(rows: &[(&str, &str)]) -> Result<Vec<String>, std::num::ParseIntError> {
    comp![format!("{}", a.parse::<i32>()? + b.parse::<i32>()?) for &(a, b) in rows]
}

#[test]
fn question_mark_inside_format_args() {
    assert_eq!(sum_fields(&[("1", "2")]), Ok(vec!["3".to_string()]));
    assert!(sum_fields(&[("1", "b")]).is_err());
}

// ---------------------------------------------------------------------------
// 12. more lazy shapes over temporaries and locks

// Python:
// def total_stock(shared):
//     with shared.lock: return sum(v for v in shared.stock.values())
#[test]
fn lazy_sum_over_lock_guard_values() {
    let stock = Mutex::new(HashMap::from([("a", 3_u32), ("b", 4)]));
    let total: u32 = comp!((*v for v in stock.lock().unwrap().values())).sum();
    assert_eq!(total, 7);
}

// Python:
// def all_ids(shared):
//     with shared.lock: return set(x for row in shared.rows for x in row)
#[test]
fn lazy_nested_over_lock_guard_into_set() {
    let rows = Arc::new(Mutex::new(vec![vec![1, 2], vec![2, 3]]));
    let ids =
        comp!((*x for row in rows.lock().unwrap().iter() for x in row)).collect::<HashSet<_>>();
    assert_eq!(ids, HashSet::from([1, 2, 3]));
}

// Python:
// def word_count(path):
//     return sum(1 for line in read(path).splitlines() for w in line.split() if w)
#[test]
fn lazy_nested_over_call_temporary_count() {
    let n =
        comp!((w for line in read_log().lines() for w in line.split(' ') if !w.is_empty())).count();
    let mut expect = 0;
    for line in read_log().lines() {
        for w in line.split(' ') {
            if !w.is_empty() {
                expect += 1;
            }
        }
    }
    assert_eq!(n, expect);
}

// Python:
// def lowered_tokens(text):
//     return set(t for line in text.splitlines() for t in line.lower().split())
#[test]
fn lazy_inner_iterable_on_let_binding() {
    let text = "A b\nB c";
    let toks: HashSet<String> = comp!((t.to_string() for line in text.lines() let l = line.to_lowercase() for t in l.split(' '))).collect();
    assert_eq!(
        toks,
        HashSet::from(["a".to_string(), "b".to_string(), "c".to_string()])
    );
}

// Python:
// def lowered_chars(words):
//     return set(c for w in words for c in w.lower())
#[test]
fn lazy_inner_iterable_on_temporary() {
    let words = vec!["Ab".to_string(), "BC".to_string()];
    let cs: HashSet<char> = comp!((c for w in &words for c in w.to_lowercase().chars())).collect();
    assert_eq!(cs, HashSet::from(['a', 'b', 'c']));
}

// Python:
// def row_sums(m):
//     gens = ((x * 2 for x in row) for row in m)
//     return [sum(g) for g in gens]
#[test]
fn lazy_of_lazies() {
    let m = vec![vec![1, 2], vec![3]];
    let gens = comp!(((x * 2 for x in row) for row in &m));
    let sums = comp![g.sum::<i32>() for g in gens];
    assert_eq!(sums, vec![6, 6]);
}

// Python:
// def best_student(scores):
//     return min(((n, -s) for n, s in scores.items() if s is not None), key=lambda t: (t[1], t[0]))
#[test]
fn lazy_min_by_key_tuple_key_if_let() {
    let scores: BTreeMap<&str, Option<i32>> = BTreeMap::from([
        ("ann", Some(90)),
        ("bob", None),
        ("cy", Some(95)),
        ("dee", Some(95)),
    ]);
    let best =
        comp!(((n, -s) for (n, o) in &scores if let Some(s) = *o)).min_by_key(|&(n, s)| (s, *n));
    assert_eq!(best, Some((&"cy", -95)));
}

// Python:
// def highest(xs):
//     return max(float(x) for x in xs)
#[test]
fn lazy_max_by_partial_cmp_floats() {
    let xs = ["1.5", "-2", "3.25"];
    let m = comp!((x.parse::<f64>().unwrap() for x in xs)).max_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(m, Some(3.25));
}

// Python:
// def parse_all(rows):
//     return list(int(x) for row in rows for x in row.split(","))
#[test]
fn lazy_result_items_nested_collect() {
    let rows = vec!["1,2".to_string(), "3,x".to_string()];
    let r: Result<Vec<i32>, _> =
        comp!((x.parse::<i32>()? for row in &rows for x in row.split(','))).collect();
    assert!(r.is_err());
    let ok: Result<Vec<i32>, std::num::ParseIntError> =
        comp!((x.parse::<i32>()? for row in &rows[..1] for x in row.split(','))).collect();
    assert_eq!(ok, Ok(vec![1, 2]));
}

// Python:
// def sorted_names(people):
//     return sorted((p.name for p in people if p.age >= 18), key=str.lower)
#[test]
fn lazy_sorted_with_key() {
    let people = vec![("bob", 30), ("Al", 20), ("kid", 5)];
    let mut names: Vec<_> = comp!((n for &(n, a) in &people if a >= 18)).collect();
    names.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, vec!["Al", "bob"]);
}

// ---------------------------------------------------------------------------
// 13. nested awaits, more shapes

// Python:
// async def statuses(client, urls):
//     return [(await client.get(u)).status for u in urls]    # raises
async fn statuses(client: &Client, urls: &[String]) -> Result<Vec<u16>, FetchError> {
    acomp![await client.get(u)?.status for u in urls; concurrency = 4]
}

#[tokio::test(start_paused = true)]
async fn await_chain_question_then_field_tail() {
    let client = Client::new(10);
    let urls = vec!["https://x/a".to_string(), "https://x/missing".to_string()];
    assert_eq!(statuses(&client, &urls).await, Ok(vec![200, 404]));
    let bad = vec!["https://slow/z".to_string()];
    assert_eq!(
        statuses(&client, &bad).await,
        Err(FetchError::Timeout("https://slow/z".into()))
    );
}

// Python:
// async def bodies(client, urls):
//     return [p.body[:5] for u in urls if (p := await client.get(u)) and p.status == 200]  # with try/except
#[tokio::test(start_paused = true)]
async fn await_in_if_let_clause() {
    let client = Client::new(10);
    let urls = vec![
        "https://slow/a".to_string(),
        "https://x/a".to_string(),
        "https://x/missing".to_string(),
    ];
    let b = acomp![p.body[..5].to_string() for u in &urls if let Ok(p) = await client.get(u) if p.status == 200];
    assert_eq!(b, vec!["<a hr"]);
}

// Python:
// async def probe(client, urls, deep):
//     return [await client.get(u) if deep else await client.head(u) for u in urls]
#[tokio::test(start_paused = true)]
async fn await_in_both_conditional_branches() {
    let client = Client::new(10);
    let urls = ["https://x/a", "https://x/missing"];
    let deep = false;
    let r = acomp![(await client.get(u)).unwrap().status if deep else await client.head(u) for u in urls];
    assert_eq!(r, vec![200, 404]);
    let deep = true;
    let r = acomp![(await client.get(u)).unwrap().status if deep else await client.head(u) for u in urls; concurrency = 2];
    assert_eq!(r, vec![200, 404]);
}

// Python:
// async def report(client, urls):
//     return [f"{u}: {await client.head(u)} ({'up' if await client.head(u) < 400 else 'down'})" for u in urls]
#[tokio::test(start_paused = true)]
async fn prefix_await_inside_format_args() {
    let client = Client::new(5);
    let urls = ["https://x/a", "https://x/missing"];
    let r = acomp![format!("{}: {} ({})", u, await client.head(u), "up" if await client.head(u) < 400 else "down") for u in urls; concurrency = 2];
    assert_eq!(
        r,
        vec!["https://x/a: 200 (up)", "https://x/missing: 404 (down)"]
    );
}

// Python:
// async def grid(client, hosts, paths):
//     return await asyncio.gather(*[client.head(f"{h}{p}") for h in hosts for p in paths])
#[tokio::test(start_paused = true)]
async fn concurrency_two_fors_outer_owned_string_shared() {
    let client = Client::new(100);
    let hosts = vec!["https://a".to_string(), "https://b".to_string()];
    let paths = ["/x", "/missing", "/y"];
    let start = Instant::now();
    let r = acomp![(h.len(), client.head(&format!("{h}{p}")).await) for h in hosts for p in paths; concurrency = 6];
    assert_eq!(start.elapsed(), Duration::from_millis(100));
    assert_eq!(
        r,
        vec![(9, 200), (9, 404), (9, 200), (9, 200), (9, 404), (9, 200)]
    );
}

// Python:
// async def index(client, docs):
//     return {line: await client.head(line) for doc in docs for line in doc.splitlines()}
#[tokio::test(start_paused = true)]
async fn concurrency_dict_inner_for_borrows_outer_owned() {
    let client = Client::new(50);
    let docs = vec![
        "https://a/1\nhttps://a/missing".to_string(),
        "https://b/1".to_string(),
    ];
    let start = Instant::now();
    let idx = acomp!({line: await client.head(line) for doc in &docs for line in doc.lines(); concurrency = 4});
    // (own slip: first expected 100ms, one batch per doc; the N slots span all items)
    assert_eq!(start.elapsed(), Duration::from_millis(50));
    assert_eq!(
        idx,
        HashMap::from([
            ("https://a/1", 200),
            ("https://a/missing", 404),
            ("https://b/1", 200)
        ])
    );
}

// Python:
// async def status_map(client, urls):
//     return {u: (await client.get(u)).status for u in urls}   # raises
async fn status_map(client: &Client, urls: &[&str]) -> Result<HashMap<String, u16>, CrawlError> {
    Ok(acomp!({u.to_string(): client.get(u).await?.status for u in urls; concurrency = 3})?)
}

#[tokio::test(start_paused = true)]
async fn concurrency_dict_with_question_from_outside() {
    let client = Client::new(10);
    let m = status_map(&client, &["https://x/a", "https://x/missing"])
        .await
        .unwrap();
    assert_eq!(m["https://x/missing"], 404);
    assert!(matches!(
        status_map(&client, &["https://slow/q"]).await,
        Err(CrawlError::Fetch(_))
    ));
}

// Python:
// async def hosts_up(client, urls):
//     return {u.split("/")[2] for u in urls if await client.head(u) == 200}
#[tokio::test(start_paused = true)]
async fn concurrency_set_with_await_filter() {
    let client = Client::new(10);
    let urls = vec![
        "https://a/1".to_string(),
        "https://b/missing".to_string(),
        "https://a/2".to_string(),
    ];
    let up = acomp!({u.split('/').nth(2).unwrap().to_string() for u in urls if await client.head(&u) == 200; concurrency = 3});
    assert_eq!(up, HashSet::from(["a".to_string()]));
}

// Python:
// async def longest_word(client, urls):
//     return [max(len(w) for w in (await client.get(u)).body.split()) for u in urls]
#[tokio::test(start_paused = true)]
async fn lazy_generator_inside_acomp_element_over_awaited_let() {
    let client = Client::new(10);
    let urls = ["https://x/a", "https://yy/b"];
    let longest = acomp![comp!((w.len() for w in p.body.split(' '))).max().unwrap() for u in urls let p = client.get(u).await.unwrap(); concurrency = 2];
    // (own slip: first expected the `href=".."></a>` token; the longest is the one with `<a` glued on)
    let mut expect = vec![];
    for u in urls {
        let body = format!("<a href=\"{u}/1\"></a><a href=\"{u}/2\"></a> words in {u}");
        let mut m = 0;
        for w in body.split(' ') {
            m = m.max(w.len());
        }
        expect.push(m);
    }
    assert_eq!(longest, expect);
}

// Python:
// async def sum_words(client, urls):
//     return [sum(1 for w in (await client.get(u)).body.split()) for u in urls]
#[tokio::test(start_paused = true)]
async fn generator_with_awaited_first_iterable_in_element() {
    let client = Client::new(10);
    let urls = ["https://x/a"];
    // FOUND (kept an error, as SPEC's "comp! with .await is a compile error" says; its message now names this fix): acomp![comp!((1 for _w in client.get(u).await.unwrap().body.split_whitespace())).sum::<usize>() for u in urls] -> error: `await` needs `acomp!`, the asynchronous comprehension; `comp!` is synchronous (an explicit inner `comp!` whose only `.await` is in its first iterable: reference section 4 rule 1 and section 11 say the first iterable is evaluated before the block, in the caller's context, as CPython does, and section 8 accepts exactly this for a nested display; the advice "use `acomp!`" would turn the iterator into a Stream with no `.sum()`. Documented in section 8 "comp! is synchronous", but the advice is wrong here)
    let n = acomp![(1 for _w in client.get(u).await.unwrap().body.split_whitespace()).sum::<usize>() for u in urls];
    assert_eq!(n, vec![6]);
}

// Python:
// async def per_root(client, roots):
//     return await asyncio.gather(*[asyncio.gather(*[client.head(f"{r}/{i}") for i in range(3)]) for r in roots])
#[tokio::test(start_paused = true)]
async fn nested_concurrent_acomps() {
    let client = Client::new(100);
    let roots = vec!["https://r1".to_string(), "https://r2".to_string()];
    let start = Instant::now();
    let r = acomp![acomp![client.head(&format!("{r}/{}", "missing" if i == 2 else "p")).await for i in 0..3; concurrency = 3] for r in &roots; concurrency = 2];
    assert_eq!(start.elapsed(), Duration::from_millis(100));
    assert_eq!(r, vec![vec![200, 200, 404]; 2]);
}

async fn consume_stream(s: impl futures::Stream<Item = u16> + Unpin) -> Vec<u16> {
    s.collect().await
}

// Python:
// async def collect(agen): return [x async for x in agen]
// await collect(client.head(u) for u in urls)   # an async generator passed along
#[tokio::test(start_paused = true)]
async fn lazy_stream_passed_to_function() {
    let client = Client::new(10);
    let urls = ["https://x/a", "https://x/missing"];
    let s = acomp!((client.head(u).await for u in urls; concurrency = 2));
    assert_eq!(consume_stream(s).await, vec![200, 404]);
}

// Python:
// async def partial(queue):
//     first = [x async for x in take(queue, 2)]; rest = [x async for x in queue]
#[tokio::test]
async fn async_for_over_mut_stream_partially() {
    let mut s = stream::iter(1..=5);
    let first = acomp![x async for x in (&mut s).take(2)];
    let rest = acomp![x * 10 async for x in &mut s];
    assert_eq!(first, vec![1, 2]);
    assert_eq!(rest, vec![30, 40, 50]);
}

// Python:
// async def flatten(sources):
//     return [item async for src in sources async for item in src if item % 2]
#[tokio::test]
async fn nested_async_for_streams() {
    let sources = vec![stream::iter(vec![1, 2, 3]), stream::iter(vec![5, 6])];
    let v =
        acomp![item async for src in stream::iter(sources) async for item in src if item % 2 == 1];
    assert_eq!(v, vec![1, 3, 5]);
}

// ---------------------------------------------------------------------------
// 14. Python-shaped odds and ends

// Python:
// def pick(xs, ys, use_x):
//     return [v * 2 for v in (xs if use_x else ys)]
#[test]
fn conditional_as_first_iterable() {
    let (xs, ys) = (vec![1, 2], vec![10]);
    let use_x = false;
    let r = comp![v * 2 for v in (&xs if use_x else &ys)];
    assert_eq!(r, vec![20]);
}

// Python:
// def headers(lines):
//     return {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in lines if ":" in l)}
#[test]
fn let_tuple_destructuring_and_bare_tuple_pattern() {
    let lines = ["Host: a", "bad", "Accept : */*"];
    let h = comp!({k.trim(): v.trim() for l in lines if l.contains(':') let (k, v) = l.split_once(':').unwrap()});
    assert_eq!(h, HashMap::from([("Host", "a"), ("Accept", "*/*")]));
    let inv = comp!({v: k for k, v in &h});
    assert_eq!(inv[&"a"], &"Host");
}

// Python:
// def diffs(xs, ys):
//     return [(i, a - b) for i, (a, b) in enumerate(zip(xs, ys)) if a != b]
#[test]
fn bare_tuple_pattern_with_nested_tuple() {
    let xs = [1, 5, 3];
    let ys = [1, 2, 4];
    let d = comp![(i, a - b) for i, (a, b) in xs.iter().zip(ys.iter()).enumerate() if a != b];
    assert_eq!(d, vec![(1, 3), (2, -1)]);
}

// Python:
// def abs_set(xs):
//     return {x if x > 0 else -x for x in xs}
#[test]
fn conditional_set_element() {
    let s = comp!({x if x > 0 else -x for x in [-1, 1, 2, -3]});
    assert_eq!(s, HashSet::from([1, 2, 3]));
}

// Python:
// def tags_by_item(items):
//     return {name: {t for t in tags} if tags else {"untagged"} for name, tags in items}
#[test]
fn conditional_dict_value_between_nested_set_and_literal() {
    let items = vec![("a", vec!["x", "y", "x"]), ("b", vec![])];
    let d = comp!({name: {*t for t in tags} if !tags.is_empty() else HashSet::from(["untagged"]) for (name, tags) in &items});
    assert_eq!(d[&"a"], HashSet::from(["x", "y"]));
    assert_eq!(d[&"b"], HashSet::from(["untagged"]));
}

// Python:
// def with_status(lines, base):
//     return [replace(base, sku=s, status="ok" if q else "none") for s, q in lines]
#[test]
fn conditional_in_struct_update_syntax() {
    let base = Line {
        sku: String::new(),
        unit: 5,
        status: "?",
    };
    let lines = [("A", 1), ("B", 0)];
    let out = comp![Line { sku: s.to_string(), status: "ok" if q > 0 else "none", ..base } for (s, q) in lines];
    assert_eq!(
        out[1],
        Line {
            sku: "B".into(),
            unit: 5,
            status: "none"
        }
    );
}

// Python:
// def rows(xs):
//     return [[x, x * 2 if x > 1 else 0] for x in xs]
#[test]
fn conditional_inside_vec_macro_element() {
    let r = comp![vec![x, x * 2 if x > 1 else 0] for x in [1, 2]];
    assert_eq!(r, vec![vec![1, 0], vec![2, 4]]);
}

// Python:
// def pairs(rows):
//     return [[int(a), int(b)] for a, b in rows]   # raises
fn int_pairs(rows: &[(&str, &str)]) -> Result<Vec<Vec<i32>>, std::num::ParseIntError> {
    comp![vec![a.parse::<i32>()?, b.parse()?] for &(a, b) in rows]
}

#[test]
fn question_mark_inside_vec_macro() {
    assert_eq!(int_pairs(&[("1", "2")]), Ok(vec![vec![1, 2]]));
    assert!(int_pairs(&[("1", "")]).is_err());
}

// Python:
// def between(words, lo, hi):
//     return [w for w in words if lo < len(w) <= hi]
#[test]
fn chained_comparison_with_method_calls() {
    let words = ["a", "abc", "abcdef", "ab"];
    let (lo, hi) = (1, 3);
    let r = comp![w for w in words if lo < w.len() <= hi];
    assert_eq!(r, vec!["abc", "ab"]);
}

// Python:
// def recent(hits, now, window):
//     return {ip: [t for t in ts if 0 <= now - t < window] for ip, ts in hits.items()}
#[test]
fn limiter_chained_comparison_nested_list_in_dict() {
    let hits = BTreeMap::from([("a", vec![1_i64, 9, 12]), ("b", vec![20])]);
    let (now, window) = (12_i64, 5_i64);
    let r = comp!({*ip: [*t for t in ts if 0 <= now - t < window] for (ip, ts) in &hits});
    assert_eq!(r[&"a"], vec![9, 12]);
    assert!(r[&"b"].is_empty());
}

struct Health;

impl Health {
    async fn ok(&self, host: &str) -> bool {
        sleep(Duration::from_millis(5)).await;
        !host.starts_with("down")
    }
    async fn load(&self, host: &str) -> i32 {
        sleep(Duration::from_millis(5)).await;
        host.len() as i32
    }
    async fn slot(&self, host: &str) -> usize {
        host.len() % 3
    }
}

#[derive(Debug, PartialEq)]
struct Load(i32);

// Python:
// async def unhealthy(h, hosts):
//     return [x for x in hosts if not await h.ok(x)]
#[tokio::test(start_paused = true)]
async fn prefix_await_under_not() {
    let h = Health;
    let hosts = ["up1", "down2", "down3"];
    let r = acomp![x for x in hosts if !await h.ok(x)];
    assert_eq!(r, vec!["down2", "down3"]);
}

// Python:
// async def spare(h, hosts):
//     return [-await h.load(x) for x in hosts], [max(await h.load(x), await h.load(y)) for x, y in pairs]
#[tokio::test(start_paused = true)]
async fn prefix_await_unary_minus_and_call_arguments() {
    let h = Health;
    let hosts = ["a", "bbb"];
    let neg = acomp![-await h.load(x) for x in hosts];
    assert_eq!(neg, vec![-1, -3]);
    let pairs = [("a", "bb"), ("cccc", "d")];
    let m = acomp![std::cmp::max(await h.load(x), await h.load(y)) for (x, y) in pairs; concurrency = 2];
    assert_eq!(m, vec![2, 4]);
}

// Python:
// async def slots(h, table, hosts):
//     return [Load(table[await h.slot(x)]) for x in hosts]
#[tokio::test]
async fn prefix_await_in_index_and_tuple_struct() {
    let h = Health;
    let table = [10, 20, 30];
    let r = acomp![Load(table[await h.slot(x)]) for x in ["abc", "a", "ab"]];
    assert_eq!(r, vec![Load(10), Load(20), Load(30)]);
}

// Python:
// async def loads(h, hosts):
//     return [await h.load(x) if await h.ok(x) else 0 for x in hosts]
#[tokio::test(start_paused = true)]
async fn prefix_await_in_condition_and_branch() {
    let h = Health;
    let r =
        acomp![await h.load(x) if await h.ok(x) else 0 for x in ["ab", "down"]; concurrency = 2];
    assert_eq!(r, vec![2, 0]);
}

// Python:
// async def maybe_loads(h, hosts, weights):
//     return [await h.load(x) * weights[x] for x in hosts]   # KeyError -> None
async fn maybe_loads(h: &Health, hosts: &[&str], weights: &HashMap<&str, i32>) -> Option<Vec<i32>> {
    acomp![await h.load(x) * weights.get(x)? for x in hosts.iter().copied(); concurrency = 2]
}

#[tokio::test(start_paused = true)]
async fn option_question_mark_under_concurrency() {
    let w = HashMap::from([("ab", 3), ("c", 1)]);
    assert_eq!(
        maybe_loads(&Health, &["ab", "c"], &w).await,
        Some(vec![6, 1])
    );
    assert_eq!(maybe_loads(&Health, &["ab", "zz"], &w).await, None);
}

// Python:
// async def healthy_map(h, groups):
//     return {g: [x for x in hosts if await h.ok(x)] for g, hosts in groups.items()}
#[tokio::test(start_paused = true)]
async fn nested_list_with_await_filter_in_dict_value() {
    let h = Health;
    let groups = BTreeMap::from([("eu", vec!["a", "down1"]), ("us", vec!["down2"])]);
    let m = acomp!({*g: [*x for x in hosts if await h.ok(x)] for (g, hosts) in &groups});
    assert_eq!(m[&"eu"], vec!["a"]);
    assert!(m[&"us"].is_empty());
}

// Python:
// async def tally(h, hosts, counts):
//     for x in hosts: counts[x] = counts.get(x, 0) + 1   (inside gather)
#[tokio::test(start_paused = true)]
async fn concurrency_items_own_strings_and_share_arc() {
    let h = Health;
    let counts: Arc<Mutex<BTreeMap<String, u32>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let hosts: Vec<String> = vec!["a".into(), "b".into(), "a".into()];
    let loads = acomp![{
        let l = h.load(&host).await;
        *counts.lock().unwrap().entry(host).or_default() += 1;
        l
    } for host in hosts; concurrency = 3, unordered];
    assert_eq!(loads, vec![1, 1, 1]);
    assert_eq!(
        *counts.lock().unwrap(),
        BTreeMap::from([("a".to_string(), 2), ("b".to_string(), 1)])
    );
}

// ---------------------------------------------------------------------------
// 15. returned streams, generics, walrus in nested levels

// Python:
// def pings(h, hosts):
//     return (await h.ok(x) for x in hosts)     # an async generator handed to the caller
fn pings(h: Arc<Health>, hosts: Vec<String>) -> impl futures::Stream<Item = bool> {
    acomp!(move (h.ok(&x).await for x in hosts))
}

#[tokio::test(start_paused = true)]
async fn returned_lazy_stream_with_move() {
    let h = Arc::new(Health);
    let r: Vec<bool> = pings(h, vec!["a".into(), "down".into()]).collect().await;
    assert_eq!(r, vec![true, false]);
}

// Python:
// def pings_concurrent(h, hosts):
//     sem = asyncio.Semaphore(2)
//     return asyncio.as_completed([guarded(sem, h.ok(x)) for x in hosts])
fn pings_concurrent(
    h: Arc<Health>,
    hosts: Vec<String>,
) -> impl futures::Stream<Item = (String, bool)> {
    acomp!(move ((x.clone(), h.ok(&x).await) for x in hosts; concurrency = 2))
}

#[tokio::test(start_paused = true)]
async fn returned_lazy_stream_with_move_and_concurrency() {
    let start = Instant::now();
    let r: Vec<(String, bool)> = pings_concurrent(
        Arc::new(Health),
        vec!["a".into(), "down".into(), "b".into()],
    )
    .collect()
    .await;
    assert_eq!(start.elapsed(), Duration::from_millis(10));
    assert_eq!(
        r,
        vec![
            ("a".to_string(), true),
            ("down".to_string(), false),
            ("b".to_string(), true)
        ]
    );
}

// Python:
// async def annotated(h, hosts):
//     return [s for x in hosts if (s := await h.load(x)) > 1]
#[tokio::test(start_paused = true)]
async fn walrus_with_await_under_concurrency() {
    let h = Health;
    let r = acomp![(x, s * 10) for x in ["a", "bb", "ccc"] if (s := await h.load(x)) > 1; concurrency = 3];
    assert_eq!(r, vec![("bb", 20), ("ccc", 30)]);
}

// Python:
// def big_products(xs, ys):
//     return list(y for x in xs for z in ys if (y := x * z) > 3)
#[test]
fn lazy_walrus_in_inner_level() {
    let xs = [1, 2];
    let ys = [2, 3];
    let v: Vec<i32> = comp!((y for x in xs for z in ys if (y := x * z) > 3)).collect();
    assert_eq!(v, vec![4, 6]);
}

// Python:
// async def load_grid(h, grid):
//     return [[await h.load(x) for x in row] for row in grid]    # raises KeyError -> Result
async fn weighted_grid(
    h: &Health,
    grid: &[Vec<&str>],
    w: &HashMap<&str, i32>,
) -> Result<Vec<Vec<i32>>, String> {
    acomp![[await h.load(x) * w.get(x).ok_or(format!("no weight for {x}"))? for x in row]? for row in grid]
}

#[tokio::test(start_paused = true)]
async fn nested_fallible_acomp_propagates() {
    let w = HashMap::from([("a", 2), ("bb", 1)]);
    let ok = weighted_grid(&Health, &[vec!["a", "bb"], vec!["a"]], &w).await;
    assert_eq!(ok, Ok(vec![vec![2, 2], vec![2]]));
    let bad = weighted_grid(&Health, &[vec!["a"], vec!["zz"]], &w).await;
    assert_eq!(bad, Err("no weight for zz".to_string()));
}

// Python:
// async def host_info(h, hosts):
//     return {x: (await h.load(x), "up" if await h.ok(x) else "down") for x in hosts}
#[tokio::test(start_paused = true)]
async fn dict_value_tuple_with_awaits_and_conditional() {
    let h = Health;
    let m = acomp!({x: (await h.load(x), "up" if await h.ok(x) else "down") for x in ["ab", "down9"]; concurrency = 2});
    assert_eq!(
        m,
        HashMap::from([("ab", (2, "up")), ("down9", (5, "down"))])
    );
}

// Python:
// def uniq(xs): return {x for x in xs}
fn uniq<T: std::hash::Hash + Eq + Clone>(xs: &[T]) -> HashSet<T> {
    comp!({x.clone() for x in xs})
}

// Python:
// def index_by(xs, key): return {key(x): x for x in xs}
fn index_by<T, K: std::hash::Hash + Eq>(xs: Vec<T>, key: impl Fn(&T) -> K) -> HashMap<K, T> {
    comp!({key(&x): x for x in xs})
}

#[test]
fn generic_functions() {
    assert_eq!(uniq(&["a", "b", "a"]).len(), 2);
    let m = index_by(catalogue(), |p| p.sku.clone());
    assert_eq!(m["B2"].name, "kettle");
}

// Python:
// def with_extra(m, extra):
//     return [len(list(chain(row, (x for x in extra if x)))) for row in m]
#[test]
fn generator_as_method_argument() {
    let m = vec![vec![1, 2], vec![]];
    let extra = [0, 5, 6];
    let r = comp![row.iter().copied().chain(x for x in extra if x != 0).count() for row in &m];
    assert_eq!(r, vec![4, 2]);
}

// ---------------------------------------------------------------------------
// 16. Rust expressions meeting Python syntax

// Python:
// def small_numbers(tokens):
//     return [t for t in tokens if 0 < int(t) < 10]
#[test]
fn chained_comparison_with_turbofish() {
    let toks = ["5", "12", "0", "9"];
    let r = comp![t for t in toks if 0 < t.parse::<i32>().unwrap() < 10];
    assert_eq!(r, vec!["5", "9"]);
}

// Python:
// def in_bounds(xs, n):
//     return [x for x in xs if 0 <= x < n]     # x is unsigned-ish
#[test]
fn chained_comparison_with_parenthesised_cast() {
    let xs: [u8; 3] = [1, 200, 7];
    let n = 10_i64;
    let r = comp![x for x in xs if 0 <= (x as i64) < n];
    assert_eq!(r, vec![1, 7]);
}

// Python:
// def values(toks):
//     return [t.n if isinstance(t, Num) else 0 for t in toks]   -- Rust spelling with match / if let
#[test]
fn rust_if_and_match_as_element() {
    let toks = vec![Tok::Num(3), Tok::Op('+'), Tok::Num(4)];
    let a = comp![if let Tok::Num(n) = t { *n } else { 0 } for t in &toks];
    let b = comp![match t { Tok::Num(n) => *n, _ => 0 } for t in &toks];
    assert_eq!(a, vec![3, 0, 4]);
    assert_eq!(b, a);
}

// Python:
// def ops(toks):
//     return [t for t in toks if isinstance(t, Op) and t.c in "+-"]
#[test]
fn matches_macro_with_or_pattern_in_filter() {
    let toks = vec![Tok::Op('+'), Tok::Op('*'), Tok::Num(1), Tok::Op('-')];
    let r = comp![t.clone() for t in &toks if matches!(t, Tok::Op('+') | Tok::Op('-'))];
    assert_eq!(r, vec![Tok::Op('+'), Tok::Op('-')]);
}

// Python:
// def either(pairs):
//     return [a or b for a, b in pairs if a is not None or b is not None]
#[test]
fn or_pattern_in_if_let_clause() {
    let pairs = [
        (Some(1), None),
        (None, Some(2)),
        (None, None),
        (Some(3), Some(4)),
    ];
    let r = comp![v for p in pairs if let (Some(v), _) | (None, Some(v)) = p];
    assert_eq!(r, vec![1, 2, 3]);
}

// Python:
// def has_long(groups):
//     return [g for g in groups if any(len(w) > 3 or not w for w in g)]
#[test]
fn closure_with_logical_or_in_filter() {
    let groups = vec![vec!["ab", "abcd"], vec!["a"], vec![""]];
    let r = comp![g.len() for g in &groups if g.iter().any(|w| w.len() > 3 || w.is_empty())];
    assert_eq!(r, vec![2, 1]);
}

// Python:
// def clean(words, banned):
//     return [w for w in words if w.lower() not in {b.lower() for b in banned}]
#[test]
fn nested_set_display_in_filter() {
    let words = ["Spam", "eggs", "HAM"];
    let banned = vec!["spam".to_string(), "ham".to_string()];
    let r =
        comp![w for w in words if !{b.to_lowercase() for b in &banned}.contains(&w.to_lowercase())];
    assert_eq!(r, vec!["eggs"]);
}

fn total_of(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

// Python:
// def positives(m):
//     return [(len([x for x in row if x > 0]), total([x for x in row if x > 0])) for row in m]
#[test]
fn nested_list_display_as_argument_and_receiver() {
    let m = vec![vec![1, -2, 3], vec![-1]];
    let r = comp![([x for x in row if *x > 0].len(), total_of([*x for x in row if *x > 0])) for row in &m];
    assert_eq!(r, vec![(2, 4), (0, 0)]);
}

// Python:
// def records(rows, keys):
//     return [{k: v for k, v in zip(keys, row)} for row in rows]
#[test]
fn nested_dict_display_as_element() {
    let keys = ["a", "b"];
    let rows = vec![vec![1, 2], vec![3, 4]];
    let r = comp![{*k: *v for (k, v) in keys.iter().zip(row)} for row in &rows];
    assert_eq!(r[1], HashMap::from([("a", 3), ("b", 4)]));
}

// Python:
// async def warm(h, hosts):
//     tasks = [h.load(x) for x in hosts]        # coroutines, not awaited
//     return await asyncio.gather(*tasks)
#[tokio::test(start_paused = true)]
async fn list_of_unawaited_futures_then_join_all() {
    let h = Health;
    let hosts = ["a", "bb", "ccc"];
    let futs = comp![h.load(x) for x in hosts];
    let start = Instant::now();
    let r = futures::future::join_all(futs).await;
    assert_eq!(start.elapsed(), Duration::from_millis(5));
    assert_eq!(r, vec![1, 2, 3]);
}

// Python:
// def countdown(n):
//     return [f"T-{i}" if i else "liftoff" for i in range(n, -1, -1)]
#[test]
fn reversed_range_conditional_format() {
    let r = comp![format!("T-{i}") if i != 0 else "liftoff".to_string() for i in (0..=3).rev()];
    assert_eq!(r, vec!["T-3", "T-2", "T-1", "liftoff"]);
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point(i32, i32);

// Python:
// def non_origin(ps):
//     return [p for p in ps if p != Point(0, 0)]
#[test]
fn tuple_struct_comparison_in_filter() {
    let ps = [Point(0, 0), Point(1, 0)];
    let r = comp![p for p in ps if p != Point(0, 0)];
    assert_eq!(r, vec![Point(1, 0)]);
}

// Python:
// def bounds(ps):
//     return [p for p in ps if 0 <= p.x <= 10 and 0 <= p.y <= 10]
#[test]
fn two_chained_comparisons_joined_by_and() {
    let ps = [Point(1, 2), Point(-1, 3), Point(4, 11), Point(10, 10)];
    let r = comp![p for p in ps if 0 <= p.0 <= 10 && 0 <= p.1 <= 10];
    assert_eq!(r, vec![Point(1, 2), Point(10, 10)]);
}

// ---------------------------------------------------------------------------
// 17. tasks, timeouts, fallible streams

// Python:
// async def crawl_in_task(client, urls):
//     return await asyncio.create_task(gather_bounded(client, urls, 3))
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_acomp_inside_spawned_task() {
    let client = Arc::new(Client::new(1));
    let urls: Vec<String> = vec![
        "https://x/a".into(),
        "https://x/missing".into(),
        "https://x/b".into(),
    ];
    let c = client.clone();
    let handle =
        tokio::spawn(async move { acomp![c.head(u).await for u in &urls; concurrency = 3] });
    assert_eq!(handle.await.unwrap(), vec![200, 404, 200]);
}

// Python:
// async def fetch_with_deadline(client, urls):
//     return await asyncio.wait_for(asyncio.gather(*[client.head(u) for u in urls]), timeout=0.25)
#[tokio::test(start_paused = true)]
async fn concurrent_acomp_under_timeout() {
    let client = Client::new(100);
    let urls = seed_urls();
    let fast = tokio::time::timeout(Duration::from_millis(250), async {
        acomp![client.head(u).await for u in &urls; concurrency = 10]
    })
    .await;
    assert_eq!(fast.unwrap().len(), 10);
    let slow = tokio::time::timeout(Duration::from_millis(250), async {
        acomp![client.head(u).await for u in &urls; concurrency = 2]
    })
    .await;
    assert!(slow.is_err());
}

// Python:
// async def pages(client, urls):
//     async for p in (await client.get(u) for u in urls): yield p      # consumer sees the exception
#[tokio::test(start_paused = true)]
async fn lazy_stream_of_results_try_collect() {
    use futures::TryStreamExt;
    let client = Client::new(1);
    let urls = vec![
        "https://x/a".to_string(),
        "https://slow/b".to_string(),
        "https://x/c".to_string(),
    ];
    let r: Result<Vec<Page>, FetchError> = acomp!((client.get(u).await? for u in &urls))
        .try_collect()
        .await;
    assert_eq!(r, Err(FetchError::Timeout("https://slow/b".into())));
    // stopped at the failure
    assert_eq!(client.requests.lock().unwrap().len(), 2);
}

// Python:
// async def hosts(client, urls):
//     return {urlparse((await client.get(u)).url).netloc for u in urls}    # raises
async fn hosts(client: &Client, urls: &[&str]) -> Result<HashSet<String>, FetchError> {
    acomp!({client.get(u).await?.url.split('/').nth(2).unwrap_or("").to_string() for u in urls; concurrency = 2})
}

#[tokio::test(start_paused = true)]
async fn set_with_question_tail() {
    let client = Client::new(1);
    assert_eq!(
        hosts(&client, &["https://a/1", "https://a/2", "https://b/1"]).await,
        Ok(HashSet::from(["a".to_string(), "b".to_string()]))
    );
    assert!(hosts(&client, &["https://slow/1"]).await.is_err());
}

// Python:
// async def drain_results(results):
//     return [r.unwrap() async for r in results]   # first error raises
async fn drain_results(
    s: impl futures::Stream<Item = Result<i32, String>> + Unpin,
) -> Result<Vec<i32>, String> {
    acomp![r? * 2 async for r in s]
}

#[tokio::test]
async fn async_for_with_question_on_item() {
    assert_eq!(
        drain_results(stream::iter(vec![Ok(1), Ok(2)])).await,
        Ok(vec![2, 4])
    );
    assert_eq!(
        drain_results(stream::iter(vec![Ok(1), Err("boom".to_string()), Ok(3)])).await,
        Err("boom".into())
    );
}

// Python:
// async def cpu(xs):
//     return [await loop.run_in_executor(None, heavy, x) for x in xs]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn awaiting_join_handles() {
    let xs = vec![3_u64, 4, 5];
    let r = acomp![tokio::task::spawn_blocking(move || (1..=x).product::<u64>()).await.unwrap() for x in xs; concurrency = 3];
    assert_eq!(r, vec![6, 24, 120]);
}

// ---------------------------------------------------------------------------
// 18. conditionals at depth

// Python:
// def normalize_points(ps, first):
//     return [(Point(p.x if p.x > 0 else 0, p.y), [p.x if first else p.y, 0], "mid" if 3 <= p.x < 7 else "edge", "ab"[0 if first else 1]) for p in ps]
#[test]
fn conditionals_in_ctor_array_chain_and_index() {
    let ps = [Point(-2, 1), Point(5, 9)];
    let first = false;
    let r = comp![(Point(p.0 if p.0 > 0 else 0, p.1), [p.0 if first else p.1, 0], "mid" if 3 <= p.0 < 7 else "edge", "ab".as_bytes()[0 if first else 1]) for p in ps];
    assert_eq!(r[0], (Point(0, 1), [1, 0], "edge", b'b'));
    assert_eq!(r[1], (Point(5, 9), [9, 0], "mid", b'b'));
}

// Python:
// def banner(words, loud):
//     return [w.upper() * (2 if loud else 1) for w in words]
#[test]
fn conditional_as_method_argument() {
    let loud = true;
    let r = comp![w.to_uppercase().repeat(2 if loud else 1) for w in ["hi"]];
    assert_eq!(r, vec!["HIHI"]);
}

// Python:
// def pipeline(xs, ks):
//     return [[k * x for k in ks if k != x] for x in xs if x]   # nested with filter on both levels
#[test]
fn three_level_nested_displays() {
    let cube = comp![[[i * 100 + j * 10 + k for k in 0..2] for j in 0..2] for i in 0..2];
    assert_eq!(cube[1][0], vec![100, 101]);
    assert_eq!(cube[0][1], vec![10, 11]);
    let xs = [0, 1, 2];
    let ks = [1, 2, 3];
    let r = comp![[k * x for k in ks if k != x] for x in xs if x != 0];
    assert_eq!(r, vec![vec![2, 3], vec![2, 6]]);
}

// Python:
// def counts_below(xs, ys):
//     return [sum(1 for y in ys if any(z == y for z in range(x))) for x in xs]
#[test]
fn comprehension_inside_closure_inside_comprehension() {
    let xs = [2, 4];
    let ys = [1, 3, 5];
    let r =
        comp![ys.iter().filter(|y| comp!((z for z in 0..x)).any(|z| z == **y)).count() for x in xs];
    assert_eq!(r, vec![1, 2]);
}

// ---------------------------------------------------------------------------
// 19. first iterables that fail or await, shadowing, outer mutable state

fn parse_list(s: &str) -> Result<Vec<i32>, std::num::ParseIntError> {
    s.split(',').map(|t| t.trim().parse()).collect()
}

// Python:
// def doubled(s):
//     return [x * 2 for x in parse_list(s)]     # raises
fn doubled(s: &str) -> Result<Vec<i32>, std::num::ParseIntError> {
    comp![x * 2 for x in parse_list(s)?]
}

#[test]
fn question_mark_in_first_iterable() {
    assert_eq!(doubled("1, 2"), Ok(vec![2, 4]));
    assert!(doubled("1, x").is_err());
}

// Python:
// def lazy_doubled(s):
//     return (x * 2 for x in parse_list(s))
#[test]
fn lazy_question_mark_in_first_iterable() {
    let ok: Result<Vec<i32>, _> = comp!((x * 2 for x in parse_list("3")?)).collect();
    assert_eq!(ok, Ok(vec![6]));
    let items: Vec<Result<i32, std::num::ParseIntError>> =
        comp!((x * 2 for x in parse_list("q")?)).collect();
    assert_eq!(items.len(), 1);
    assert!(items[0].is_err());
}

struct Registry;

impl Registry {
    async fn list(&self) -> Vec<String> {
        sleep(Duration::from_millis(10)).await;
        vec!["down-a".into(), "b".into(), "cc".into()]
    }
    async fn try_list(&self, ok: bool) -> Result<Vec<String>, String> {
        if ok {
            Ok(self.list().await)
        } else {
            Err("registry down".into())
        }
    }
}

// Python:
// async def live(reg, h):
//     return [x for x in await reg.list() if await h.ok(x)]
#[tokio::test(start_paused = true)]
async fn await_in_first_iterable() {
    let (reg, h) = (Registry, Health);
    let r = acomp![x for x in await reg.list() if await h.ok(&x)];
    assert_eq!(r, vec!["b", "cc"]);
    let start = Instant::now();
    let loads = acomp![h.load(&x).await for x in reg.list().await; concurrency = 3];
    assert_eq!(start.elapsed(), Duration::from_millis(15));
    assert_eq!(loads, vec![6, 1, 2]);
}

// Python:
// async def loads(reg, h, ok):
//     return [await h.load(x) for x in await reg.try_list(ok)]    # raises
async fn reg_loads(reg: &Registry, h: &Health, ok: bool) -> Result<Vec<i32>, String> {
    acomp![h.load(&x).await for x in reg.try_list(ok).await?; concurrency = 2]
}

#[tokio::test(start_paused = true)]
async fn await_and_question_in_first_iterable_concurrent() {
    assert_eq!(reg_loads(&Registry, &Health, true).await, Ok(vec![6, 1, 2]));
    assert_eq!(
        reg_loads(&Registry, &Health, false).await,
        Err("registry down".into())
    );
}

// Python:
// async def stream_live(reg, h):
//     return (x async for x in ... ) -- a generator whose first iterable awaits
#[tokio::test(start_paused = true)]
async fn lazy_acomp_first_iterable_awaits() {
    let (reg, h) = (Registry, Health);
    let s = acomp!((x.len() for x in reg.list().await if h.ok(&x).await));
    let v: Vec<usize> = s.collect().await;
    assert_eq!(v, vec![1, 2]);
}

// Python:
// async def adjusted(h, hosts, boost):
//     return [s for x in hosts for s in [await h.load(x) * 2 if boost else 0]]
#[tokio::test(start_paused = true)]
async fn let_clause_with_await_in_conditional() {
    let h = Health;
    let boost = true;
    let r = acomp![s for x in ["a", "bb"] let s = await h.load(x) * 2 if boost else 0];
    assert_eq!(r, vec![2, 4]);
}

// Python:
// row = " a, b ,c"
// row = [row.strip() for row in row.split(",")]
#[test]
fn loop_variable_shadows_first_iterable_name() {
    let row = " a, b ,c";
    let row = comp![row.trim() for row in row.split(',')];
    assert_eq!(row, vec!["a", "b", "c"]);
}

// Python:
// def flat(matrix):
//     return [x for x in matrix for x in x]
#[test]
fn inner_loop_rebinds_outer_name() {
    let matrix = vec![vec![1, 2], vec![3]];
    let r = comp![x for x in &matrix for x in x];
    assert_eq!(r, vec![&1, &2, &3]);
    // FOUND (fixed): comp!((*x for x in &matrix for x in x)).sum() -> error[E0277]: a value of type `i32` cannot be made by summing an iterator over elements of type `Vec<{integer}>` (the lazy form's element sees the OUTER `x` (`&Vec<i32>`), not the inner loop's `x`: the outer variable, re-bound for the inner level (reference section 12, "Ownership"), shadows the inner loop variable of the same name. Python's `(x for x in matrix for x in x)` and the eager `comp![x for x in &matrix for x in x]` above both yield the inner `x`; a hand-written `flat_map(|x| x.iter().map(|x| *x))` too. Worked around by renaming the inner variable)
    let s: i32 = comp!((*x for x in &matrix for x in x)).sum();
    assert_eq!(s, 6);
}

// Python:
// def dedupe(xs):
//     seen = set()
//     return [x for x in xs if not (x in seen or seen.add(x))]
#[test]
fn dedupe_with_outer_mutable_set() {
    let xs = [3, 1, 3, 2, 1];
    let mut seen = HashSet::new();
    let r = comp![x for x in xs if seen.insert(x)];
    assert_eq!(r, vec![3, 1, 2]);
    assert_eq!(seen.len(), 3);
}

// Python:
// def dedupe_lazy(xs):
//     seen = set()
//     return (x for x in xs if x not in seen and not seen.add(x))
#[test]
fn dedupe_lazy_with_outer_mutable_set() {
    let xs = vec!["a".to_string(), "b".to_string(), "a".to_string()];
    let mut seen = HashSet::new();
    let r: Vec<&String> = comp!((x for x in &xs if seen.insert(x.as_str()))).collect();
    assert_eq!(r, vec!["a", "b"]);
}

// Python:
// async def first_seen(h, hosts):
//     seen = set()
//     return [await h.load(x) for x in hosts if x not in seen and not seen.add(x)]
#[tokio::test(start_paused = true)]
async fn async_dedupe_with_outer_mutable_set() {
    let h = Health;
    let mut seen = HashSet::new();
    let r = acomp![await h.load(x) for x in ["a", "bb", "a"] if seen.insert(x)];
    assert_eq!(r, vec![1, 2]);
}

// Python:
// def numbered(lines):
//     n = 0
//     out = []
//     for l in lines: n += 1; out.append(f"{n}: {l}")
#[test]
fn element_mutates_outer_counter() {
    let mut n = 0;
    let r = comp![{ n += 1; format!("{n}: {l}") } for l in ["a", "b"]];
    assert_eq!(r, vec!["1: a", "2: b"]);
    assert_eq!(n, 2);
}

// Python:
// def tri(n):
//     return list(x for x in range(n) for x in range(x))     # inner x shadows outer x
#[test]
fn lazy_inner_rebinds_outer_copy_name() {
    let eager = comp![x for x in 0..4 for x in 0..x];
    let mut expect = vec![];
    for x in 0..4 {
        for x in 0..x {
            expect.push(x);
        }
    }
    assert_eq!(eager, expect);
    // FOUND (fixed): comp!((x for x in 0..4 for x in 0..x)).collect::<Vec<i32>>() -> no error, a WRONG RESULT: [1, 2, 2, 3, 3, 3] instead of [0, 0, 1, 0, 1, 2], and rustc's "warning: unused variable: `x`" on the inner `x` (the lazy `flat_map` chain re-binds the outer loop variable for the inner level (reference section 12, "Ownership") after the inner pattern, so it shadows the inner loop variable of the same name; Python's generator, the eager `comp!` above, `acomp!`'s lazy form and `concurrency` all yield the inner `x`. Also `(a for (a, b) in pairs for a in [a, b])` gives [1, 1, 3, 3]. Worked around by renaming the inner variable)
    let lazy: Vec<i32> = comp!((x for x in 0..4 for x in 0..x)).collect();
    assert_eq!(lazy, expect);
}
fn tokens(s: &str) -> std::str::SplitWhitespace<'_> {
    s.split_whitespace()
}

fn load_words() -> Vec<String> {
    vec!["a b".to_string(), "cd".to_string()]
}

fn load_rows() -> Vec<Vec<i32>> {
    vec![vec![1, 2, 3], vec![4, 5]]
}

// Python:
// def features(words, rows):
//     return (list(b for w in load_words() for b in w.encode()),
//             list(i for w in load_words() for i, _ in enumerate(w)),
//             list(p[0] + p[1] for r in load_rows() for p in zip(r, r[1:])),
//             list(len(c) for r in load_rows() for c in chunks(r, 2)),
//             list(t for w in load_words() for t in tokens(w)),
//             list(x for r in load_rows() for x in r[1:]))
#[test]
fn lazy_flatten_over_owned_values_borrowing_methods() {
    let a: Vec<u8> = comp!((b for w in load_words() for b in w.bytes())).collect();
    assert_eq!(a, b"a bcd".to_vec());
    let c: Vec<usize> = comp!((i for w in load_words() for (i, _) in w.char_indices())).collect();
    assert_eq!(c, vec![0, 1, 2, 0, 1]);
    let d: Vec<i32> = comp!((p[0] + p[1] for r in load_rows() for p in r.windows(2))).collect();
    assert_eq!(d, vec![3, 5, 9]);
    let e: Vec<usize> = comp!((ch.len() for r in load_rows() for ch in r.chunks(2))).collect();
    assert_eq!(e, vec![2, 1, 2]);
    let f: Vec<String> = comp!((t.to_string() for w in load_words() for t in tokens(&w))).collect();
    assert_eq!(f, vec!["a", "b", "cd"]);
    let g: Vec<u8> = comp!((*b for w in load_words() for b in w.as_bytes())).collect();
    assert_eq!(g, a);
    let h: Vec<String> =
        comp!((t.to_string() for w in load_words() for t in w.trim().split(' '))).collect();
    assert_eq!(h, f);
    let i: Vec<i32> = comp!((*x for r in load_rows() for x in r.as_slice())).collect();
    assert_eq!(i, vec![1, 2, 3, 4, 5]);
    let j: Vec<i32> = comp!((*x for r in load_rows() for x in &r[1..])).collect();
    assert_eq!(j, vec![2, 3, 5]);
}
