//! Round 23: data-engineering and library-style code translated from Python:
//! CSV and log lines parsed into structs, records with `Option` fields,
//! grouping into dicts of lists, dedup with sets, joins by key, pivot and
//! count tables, top-k by sort keys, string normalisation, nested configs,
//! inverted indexes; comprehensions in generic fns, trait impls, `impl`
//! blocks with lifetimes, methods returning `impl Iterator + '_`, match arms
//! and closures; `?` with custom error enums and `Box<dyn Error>`, walrus
//! caching a parse, and Python's conditional inside tuples, struct literals
//! and calls.
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::error::Error;
use std::fmt;
use std::hash::Hash;

// --- fixtures

const CSV: &str = "id,region,product,qty,price,discount
1,north,apple,3,1.5,
2,south,pear,5,2.0,0.1
3,north,pear,2,2.0,
4,east,apple,10,1.5,0.2
5,south,apple,1,1.5,
6,north,plum,7,3.0,0.05";

const LOG: &str = "2024-01-01T10:00:00 INFO api GET /users 200 12ms
2024-01-01T10:00:01 WARN api GET /orders 404 3ms
2024-01-01T10:00:02 ERROR db query timeout
2024-01-01T10:00:03 INFO api POST /users 201 30ms
garbage
2024-01-01T10:00:04 INFO web GET /index 200 5ms
2024-01-01T10:00:05 ERROR api GET /orders 500 250ms";

#[derive(Debug, Clone, PartialEq)]
struct Sale {
    id: u32,
    region: String,
    product: String,
    qty: u32,
    price: f64,
    discount: Option<f64>,
}

fn sales() -> Vec<Sale> {
    CSV.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Sale {
                id: f[0].parse().unwrap(),
                region: f[1].to_string(),
                product: f[2].to_string(),
                qty: f[3].parse().unwrap(),
                price: f[4].parse().unwrap(),
                discount: if f[5].is_empty() {
                    None
                } else {
                    Some(f[5].parse().unwrap())
                },
            }
        })
        .collect()
}

#[derive(Debug, PartialEq)]
enum ParseError {
    MissingField(&'static str),
    BadNumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingField(n) => write!(f, "missing field {n}"),
            ParseError::BadNumber(s) => write!(f, "bad number {s:?}"),
        }
    }
}

impl Error for ParseError {}

#[derive(Debug, Clone, PartialEq)]
struct LogLine<'a> {
    ts: &'a str,
    level: &'a str,
    service: &'a str,
    status: Option<u16>,
    ms: Option<u32>,
}

fn parse_log(line: &str) -> Option<LogLine<'_>> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    if parts.len() < 3 {
        return None;
    }
    let status = parts.get(5).and_then(|s| s.parse().ok());
    let ms = parts
        .get(6)
        .and_then(|s| s.strip_suffix("ms"))
        .and_then(|s| s.parse().ok());
    Some(LogLine {
        ts: parts[0],
        level: parts[1],
        service: parts[2],
        status,
        ms,
    })
}

// --- CSV parsing into structs

#[test]
fn csv_rows_into_structs_with_conditional_field() {
    // Python: [Sale(int(f[0]), f[1], f[2], int(f[3]), float(f[4]),
    //               float(f[5]) if f[5] else None)
    //          for line in CSV.splitlines()[1:] for f in [line.split(",")]]
    let got = comp![Sale {
        id: f[0].parse().unwrap(),
        region: f[1].to_string(),
        product: f[2].to_string(),
        qty: f[3].parse().unwrap(),
        price: f[4].parse().unwrap(),
        discount: Some(f[5].parse().unwrap()) if !f[5].is_empty() else None,
    } for line in CSV.lines().skip(1) let f = line.split(',').collect::<Vec<_>>()];
    assert_eq!(got, sales());
    assert_eq!(got[1].discount, Some(0.1));
}

#[test]
fn csv_header_zip_into_dict_rows() {
    // Python: header = lines[0].split(",")
    //         rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
    let mut lines = CSV.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let rows = comp![{k: v for (k, v) in header.iter().zip(line.split(','))} for line in lines];
    let mut hand = Vec::new();
    for line in CSV.lines().skip(1) {
        let mut m = HashMap::new();
        for (k, v) in header.iter().zip(line.split(',')) {
            m.insert(k, v);
        }
        hand.push(m);
    }
    assert_eq!(rows, hand);
    assert_eq!(rows[3][&"product"], "apple");
}

#[test]
fn csv_with_question_mark_custom_error() {
    fn field<'a>(f: &[&'a str], i: usize, name: &'static str) -> Result<&'a str, ParseError> {
        f.get(i).copied().ok_or(ParseError::MissingField(name))
    }
    fn num(s: &str) -> Result<u32, ParseError> {
        s.parse().map_err(|_| ParseError::BadNumber(s.to_string()))
    }
    // Python: [(int(f[0]), int(f[3])) for line in lines for f in [line.split(",")]]  (raises)
    let good: Result<Vec<(u32, u32)>, ParseError> = comp![
        (num(field(&f, 0, "id")?)?, num(field(&f, 3, "qty")?)?)
        for line in CSV.lines().skip(1)
        let f: Vec<&str> = line.split(',').collect()
    ];
    let hand: Vec<(u32, u32)> = sales().iter().map(|s| (s.id, s.qty)).collect();
    assert_eq!(good, Ok(hand));

    let bad_text = "1,north\n2,south,pear,x";
    let bad = comp![
        num(field(&f, 3, "qty")?)?
        for line in bad_text.lines()
        let f: Vec<&str> = line.split(',').collect()
    ];
    assert_eq!(bad, Err(ParseError::MissingField("qty")));
    let bad2 = comp![num(f[3])? for line in bad_text.lines().skip(1) let f: Vec<&str> = line.split(',').collect()];
    assert_eq!(bad2, Err(ParseError::BadNumber("x".into())));
}

#[test]
fn csv_box_dyn_error_in_function() {
    // Python: def load(text): return [(int(a), float(b)) for a, b in (l.split(",") for l in text.splitlines())]
    fn load(text: &str) -> Result<Vec<(u32, f64)>, Box<dyn Error>> {
        let v = comp![(
            a.parse::<u32>().map_err(|e| Box::new(e) as Box<dyn Error>)?,
            b.parse::<f64>().map_err(|e| Box::new(e) as Box<dyn Error>)?
        ) for line in text.lines() if let Some((a, b)) = line.split_once(',')]?;
        Ok(v)
    }
    let ok = load("1,2.5\n2,3.0\nskip\n3,0.5").unwrap();
    assert_eq!(ok, vec![(1, 2.5), (2, 3.0), (3, 0.5)]);
    let err = load("1,2.5\nx,1").unwrap_err();
    assert_eq!(err.to_string(), "x".parse::<u32>().unwrap_err().to_string());
}

#[test]
fn csv_box_dyn_error_question_mark_in_tail() {
    // Python: def ids(text): return [int(l.split(",")[0]) for l in text.splitlines()[1:]]
    fn ids(text: &str) -> Result<Vec<u32>, Box<dyn Error>> {
        Ok(comp![l.split(',').next().unwrap().parse::<u32>()? for l in text.lines().skip(1)]?)
    }
    let hand: Vec<u32> = sales().iter().map(|s| s.id).collect();
    assert_eq!(ids(CSV).unwrap(), hand);
    assert!(ids("h\nnope").is_err());
}

// --- log lines

#[test]
fn log_lines_parsed_with_if_let() {
    // Python: [rec for line in LOG.splitlines() if (rec := parse_log(line)) is not None]
    let recs = comp![rec for line in LOG.lines() if let Some(rec) = parse_log(line)];
    let hand: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    assert_eq!(recs, hand);
    assert_eq!(recs.len(), 6);

    // Python: [r.ts for r in recs if r.level == "ERROR"]
    let errors = comp![r.ts for r in &recs if r.level == "ERROR"];
    assert_eq!(errors, vec!["2024-01-01T10:00:02", "2024-01-01T10:00:05"]);
}

#[test]
fn log_slow_requests_if_let_option_field() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    // Python: [(r.service, r.ms) for r in recs if r.ms is not None and r.ms > 10]
    let slow = comp![(r.service, ms) for r in &recs if let Some(ms) = r.ms if ms > 10];
    let mut hand = Vec::new();
    for r in &recs {
        if let Some(ms) = r.ms {
            if ms > 10 {
                hand.push((r.service, ms));
            }
        }
    }
    assert_eq!(slow, hand);
    assert_eq!(slow.len(), 3);
}

#[test]
fn log_status_classes_conditional_chain() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    // Python: ["ok" if s < 400 else "client" if s < 500 else "server" for r in recs if (s := r.status)]
    let classes = comp!["ok" if s < 400 else "client" if s < 500 else "server"
        for r in &recs if let Some(s) = r.status];
    assert_eq!(classes, vec!["ok", "client", "ok", "ok", "server"]);
}

#[test]
fn log_walrus_caches_the_parse() {
    // Python: [(p.service, p.status) for line in LOG.splitlines()
    //          if (p := parse_log(line)) and p.status and p.status >= 400]
    let bad = comp![(p.service, p.status.unwrap())
        for line in LOG.lines()
        if (p := parse_log(line)).is_some()
        let p = p.unwrap()
        if p.status.unwrap_or(0) >= 400];
    assert_eq!(bad, vec![("api", 404), ("api", 500)]);
}

#[test]
fn log_walrus_on_split_then_index() {
    // Python: [parts[1] for line in LOG.splitlines() if len(parts := line.split()) > 3]
    let levels = comp![parts[1] for line in LOG.lines() if (parts := line.split_whitespace().collect::<Vec<_>>()).len() > 3];
    let mut hand = Vec::new();
    for line in LOG.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.len() > 3 {
            hand.push(parts[1]);
        }
    }
    assert_eq!(levels, hand);
}

#[test]
fn log_level_counts_dict_and_lazy_sum() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    // Python: levels = {r.level for r in recs}
    //         counts = {lvl: sum(1 for r in recs if r.level == lvl) for lvl in levels}
    let levels = comp!({r.level for r in &recs});
    let counts =
        comp!({lvl: (1 for r in &recs if r.level == *lvl).sum::<usize>() for lvl in &levels});
    let mut hand: HashMap<&&str, usize> = HashMap::new();
    for r in &recs {
        *hand.entry(levels.get(r.level).unwrap()).or_default() += 1;
    }
    assert_eq!(counts, hand);
    assert_eq!(counts[&"INFO"], 3);
}

// --- records with Option fields

#[test]
fn option_fields_effective_price() {
    let s = sales();
    // Python: [round(x.price * (1 - x.discount) if x.discount else x.price, 2) for x in s]
    // first written `x.price * (1.0 - x.discount.unwrap()) if x.discount.is_some() else x.price`:
    // clippy::unnecessary_unwrap, as on the same `if` by hand (my lint); rewritten with map_or
    let eff = comp![x.discount.map_or(x.price, |d| x.price * (1.0 - d)) for x in &s];
    let hand: Vec<f64> = s
        .iter()
        .map(|x| x.price * (1.0 - x.discount.unwrap_or(0.0)))
        .collect();
    assert_eq!(eff, hand);
}

#[test]
fn option_fields_match_in_element() {
    let s = sales();
    // Python: [f"{x.id}:{d:.2f}" if d is not None else f"{x.id}:-" for x in s for d in [x.discount]]
    let labels = comp![match x.discount {
        Some(d) => format!("{}:{:.2}", x.id, d),
        None => format!("{}:-", x.id),
    } for x in &s];
    let hand: Vec<String> = s
        .iter()
        .map(|x| match x.discount {
            Some(d) => format!("{}:{:.2}", x.id, d),
            None => format!("{}:-", x.id),
        })
        .collect();
    assert_eq!(labels, hand);
    assert_eq!(labels[0], "1:-");
}

#[test]
fn option_fields_conditional_in_format_args() {
    let s = sales();
    // Python: [f"{x.id} {'disc' if x.discount else 'full'}" for x in s]
    let tags =
        comp![format!("{} {}", x.id, "disc" if x.discount.is_some() else "full") for x in &s];
    assert_eq!(tags[1], "2 disc");
    assert_eq!(tags[0], "1 full");
    assert_eq!(tags.len(), s.len());
}

#[test]
fn option_fields_dict_of_options() {
    let s = sales();
    // Python: {x.id: x.discount for x in s}
    let by_id = comp!({x.id: x.discount for x in &s});
    // Python: {i for i, d in by_id.items() if d is None}
    let full_price = comp!({*i for (i, d) in &by_id if d.is_none()});
    let hand: HashSet<u32> = s
        .iter()
        .filter(|x| x.discount.is_none())
        .map(|x| x.id)
        .collect();
    assert_eq!(full_price, hand);
    assert_eq!(by_id[&4], Some(0.2));
}

#[test]
fn option_question_mark_all_or_nothing() {
    // Python: [d for d in discounts] raising if any is None -> Option<Vec>
    let s = sales();
    let disc = comp![x.discount? for x in &s if x.region == "south"];
    assert_eq!(disc, None);
    let east = comp![x.discount? * 100.0 for x in &s if x.region == "east"];
    assert_eq!(east, Some(vec![20.0]));
}

// --- grouping / bucketing

#[test]
fn group_into_dict_of_lists() {
    let s = sales();
    // Python: {r: [x.id for x in s if x.region == r] for r in {x.region for x in s}}
    let groups = comp!({r.clone(): [x.id for x in &s if x.region == r] for r in {x.region.clone() for x in &s}});
    let mut hand: HashMap<String, Vec<u32>> = HashMap::new();
    for x in &s {
        hand.entry(x.region.clone()).or_default().push(x.id);
    }
    assert_eq!(groups, hand);
}

#[test]
fn group_bucket_by_qty_range() {
    let s = sales();
    // Python: buckets = {b: [x.id for x in s if lo <= x.qty < hi] for b, (lo, hi) in bounds.items()}
    let bounds = vec![
        ("small", (0, 3)),
        ("medium", (3, 7)),
        ("large", (7, u32::MAX)),
    ];
    // FOUND (fixed: a chained comparison keeps places and literals as written, `lo <= x.qty && x.qty < hi`, so rustc's own `*lo` help shows; UI `chained_comparison_borrowed_bound`): comp!({b: [x.id for x in &s if lo <= x.qty < hi] for (b, (lo, hi)) in &bounds}) -> error[E0308]: mismatched types: expected `&_`, found `u32` on `lo`, no "consider dereferencing" help, then a second error whose label calls `lo` a `u32` (reference 2.1 "Chained comparisons" mean `a < b && b <= c`; by hand rustc says "expected `&u32`" and suggests `*lo`)
    // fix: dereference the bounds (and `*b`), as the user would after reading rustc's help on `hi`
    let buckets =
        comp!({*b: [x.id for x in &s if *lo <= x.qty < *hi] for (b, (lo, hi)) in &bounds});
    let mut hand: HashMap<&str, Vec<u32>> = HashMap::new();
    for (b, (lo, hi)) in &bounds {
        hand.insert(
            b,
            s.iter()
                .filter(|x| *lo <= x.qty && x.qty < *hi)
                .map(|x| x.id)
                .collect(),
        );
    }
    assert_eq!(buckets, hand);
    assert_eq!(buckets["large"], vec![4, 6]);
}

#[test]
fn group_by_first_letter_sorted() {
    let words = vec![
        "apple",
        "avocado",
        "banana",
        "blueberry",
        "cherry",
        "apricot",
    ];
    // Python: {c: sorted(w for w in words if w[0] == c) for c in sorted({w[0] for w in words})}
    let by_letter = comp!({c: {
        let mut v = comp![*w for w in &words if w.starts_with(c)];
        v.sort();
        v
    } for c in comp!({w.chars().next().unwrap() for w in &words})});
    let mut hand: HashMap<char, Vec<&str>> = HashMap::new();
    for w in &words {
        hand.entry(w.chars().next().unwrap()).or_default().push(w);
    }
    for v in hand.values_mut() {
        v.sort();
    }
    assert_eq!(by_letter, hand);
}

#[test]
fn group_btreemap_from_comp_pairs() {
    let s = sales();
    // Python: totals = dict(sorted({r: sum(x.qty for x in s if x.region == r) for r in regions}.items()))
    let regions = comp!({x.region.as_str() for x in &s});
    let totals: BTreeMap<&str, u32> =
        comp![(r, (x.qty for x in &s if x.region == r).sum()) for r in regions]
            .into_iter()
            .collect();
    let mut hand = BTreeMap::new();
    for x in &s {
        *hand.entry(x.region.as_str()).or_insert(0) += x.qty;
    }
    assert_eq!(totals, hand);
}

// --- dedup with sets

#[test]
fn dedup_preserving_order_with_seen_set() {
    let emails = vec!["A@x.com", "b@y.com", "a@x.com ", "c@z.com", "B@Y.com"];
    // Python: seen = set(); [e for e in (s.strip().lower() for s in emails) if not (e in seen or seen.add(e))]
    let mut seen = HashSet::new();
    let uniq =
        comp![e for e in (s.trim().to_lowercase() for s in &emails) if seen.insert(e.clone())];
    let mut seen2 = HashSet::new();
    let mut hand = Vec::new();
    for s in &emails {
        let e = s.trim().to_lowercase();
        if seen2.insert(e.clone()) {
            hand.push(e);
        }
    }
    assert_eq!(uniq, hand);
    assert_eq!(uniq.len(), 3);
}

#[test]
fn dedup_set_difference_and_intersection() {
    let s = sales();
    // Python: apple_regions = {x.region for x in s if x.product == "apple"}
    //         pear_regions = {x.region for x in s if x.product == "pear"}
    let apple = comp!({x.region.as_str() for x in &s if x.product == "apple"});
    let pear = comp!({x.region.as_str() for x in &s if x.product == "pear"});
    // Python: [r for r in sorted(apple_regions) if r not in pear_regions]
    let only_apple = comp![*r for r in &apple if !pear.contains(r)];
    assert_eq!(only_apple, vec!["east"]);
    let both = comp!({*r for r in apple.intersection(&pear)});
    assert_eq!(both, HashSet::from(["north", "south"]));
}

#[test]
fn dedup_tuples_key_set() {
    let s = sales();
    // Python: {(x.region, x.product) for x in s}
    let pairs = comp!({(x.region.clone(), x.product.clone()) for x in &s});
    let hand: HashSet<(String, String)> = s
        .iter()
        .map(|x| (x.region.clone(), x.product.clone()))
        .collect();
    assert_eq!(pairs, hand);
    assert_eq!(pairs.len(), 6);
}

// --- joins of two tables by key

#[derive(Debug, Clone)]
struct Customer {
    id: u32,
    name: String,
    tier: Option<String>,
}

fn customers() -> Vec<Customer> {
    vec![
        Customer {
            id: 1,
            name: "Ann".into(),
            tier: Some("gold".into()),
        },
        Customer {
            id: 2,
            name: "Bob".into(),
            tier: None,
        },
        Customer {
            id: 4,
            name: "Cid".into(),
            tier: Some("silver".into()),
        },
        Customer {
            id: 9,
            name: "Dee".into(),
            tier: None,
        },
    ]
}

#[test]
fn join_inner_via_dict_lookup() {
    let s = sales();
    let cs = customers();
    // Python: by_id = {c.id: c for c in cs}
    //         [(x.id, by_id[x.id].name, x.qty) for x in s if x.id in by_id]
    let by_id = comp!({c.id: c for c in &cs});
    let joined =
        comp![(x.id, by_id[&x.id].name.as_str(), x.qty) for x in &s if by_id.contains_key(&x.id)];
    let mut hand = Vec::new();
    for x in &s {
        for c in &cs {
            if c.id == x.id {
                hand.push((x.id, c.name.as_str(), x.qty));
            }
        }
    }
    assert_eq!(joined, hand);
}

#[test]
fn join_nested_loop_with_key_equality() {
    let s = sales();
    let cs = customers();
    // Python: [(c.name, x.product) for c in cs for x in s if c.id == x.id]
    let joined =
        comp![(c.name.clone(), x.product.clone()) for c in &cs for x in &s if c.id == x.id];
    assert_eq!(
        joined,
        vec![
            ("Ann".to_string(), "apple".to_string()),
            ("Bob".into(), "pear".into()),
            ("Cid".into(), "apple".into())
        ]
    );
}

#[test]
fn join_left_outer_with_get_and_conditional() {
    let s = sales();
    let cs = customers();
    let by_id: HashMap<u32, &Customer> = cs.iter().map(|c| (c.id, c)).collect();
    // Python: [(x.id, c.name if (c := by_id.get(x.id)) else "?") for x in s]
    let left = comp![(x.id, c.unwrap().name.as_str() if (c := by_id.get(&x.id)).is_some() else "?") for x in &s];
    let hand: Vec<(u32, &str)> = s
        .iter()
        .map(|x| {
            (
                x.id,
                by_id.get(&x.id).map(|c| c.name.as_str()).unwrap_or("?"),
            )
        })
        .collect();
    assert_eq!(left, hand);
}

#[test]
fn join_left_outer_with_let_clause() {
    let s = sales();
    let cs = customers();
    let by_id: HashMap<u32, &Customer> = cs.iter().map(|c| (c.id, c)).collect();
    // Python: [(x.id, (c.tier or "none") if c else "anon") for x in s for c in [by_id.get(x.id)]]
    let tiers = comp![(x.id, c.and_then(|c| c.tier.as_deref()).unwrap_or("none") if c.is_some() else "anon")
        for x in &s
        let c = by_id.get(&x.id)];
    assert_eq!(
        tiers,
        vec![
            (1, "gold"),
            (2, "none"),
            (3, "anon"),
            (4, "silver"),
            (5, "anon"),
            (6, "anon")
        ]
    );
}

#[test]
fn join_anti_customers_without_sales() {
    let s = sales();
    let cs = customers();
    // Python: sold = {x.id for x in s}; [c.name for c in cs if c.id not in sold]
    let sold = comp!({x.id for x in &s});
    let idle = comp![c.name.as_str() for c in &cs if !sold.contains(&c.id)];
    assert_eq!(idle, vec!["Dee"]);
}

// --- pivot / count tables

#[test]
fn pivot_region_by_product() {
    let s = sales();
    let regions = comp!({x.region.clone() for x in &s});
    let products = comp!({x.product.clone() for x in &s});
    // Python: {r: {p: sum(x.qty for x in s if x.region == r and x.product == p) for p in products} for r in regions}
    let pivot = comp!({r.clone(): {p.clone(): (x.qty for x in &s if x.region == *r && x.product == *p).sum::<u32>() for p in &products} for r in &regions});
    let mut hand: HashMap<String, HashMap<String, u32>> = HashMap::new();
    for r in &regions {
        for p in &products {
            hand.entry(r.clone()).or_default().insert(p.clone(), 0);
        }
    }
    for x in &s {
        *hand
            .get_mut(&x.region)
            .unwrap()
            .get_mut(&x.product)
            .unwrap() += x.qty;
    }
    assert_eq!(pivot, hand);
    assert_eq!(pivot["north"]["plum"], 7);
}

#[test]
fn count_words_counter_style() {
    let text = "the cat and the hat and the bat";
    // Python: Counter: {w: text.split().count(w) for w in set(text.split())}
    let counts = comp!({w: text.split(' ').filter(|x| *x == w).count() for w in text.split(' ')});
    let mut hand: HashMap<&str, usize> = HashMap::new();
    for w in text.split(' ') {
        *hand.entry(w).or_default() += 1;
    }
    assert_eq!(counts, hand);
}

#[test]
fn pivot_rows_as_vec_of_tuples_sorted() {
    let s = sales();
    let mut regions: Vec<&str> = comp!({x.region.as_str() for x in &s}).into_iter().collect();
    regions.sort();
    // Python: [(r, sum(x.qty * x.price for x in s if x.region == r)) for r in sorted(regions)]
    let revenue = comp![(r, (x.qty as f64 * x.price for x in &s if x.region == *r).sum::<f64>()) for r in &regions];
    let mut hand = Vec::new();
    for r in &regions {
        let mut t = 0.0;
        for x in &s {
            if x.region == *r {
                t += x.qty as f64 * x.price;
            }
        }
        hand.push((r, t));
    }
    assert_eq!(revenue, hand);
}

// --- top-k with sorting keys

#[test]
fn top_k_by_score_then_name() {
    let scores: HashMap<&str, i32> = HashMap::from([
        ("ann", 90),
        ("bob", 75),
        ("cid", 90),
        ("dee", 60),
        ("eve", 82),
    ]);
    // Python: [n for n, s in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    let top = comp![*n for (n, _) in {
        let mut v: Vec<_> = scores.iter().collect();
        v.sort_by_key(|(n, s)| (-**s, **n));
        v
    }.into_iter().take(3)];
    assert_eq!(top, vec!["ann", "cid", "eve"]);
}

#[test]
fn top_k_revenue_by_product() {
    let s = sales();
    let products = comp!({x.product.as_str() for x in &s});
    // Python: rev = sorted(((p, sum(...)) for p in products), key=lambda t: -t[1])[:2]
    let mut rev = comp![(p, (x.qty as f64 * x.price for x in &s if x.product == p).sum::<f64>()) for p in products];
    // apple and plum tie at 21.0: break ties by name
    rev.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(b.0)));
    let top2 = comp![name for (name, _) in rev.iter().take(2)];
    assert_eq!(top2, vec![&"apple", &"plum"]);
}

#[test]
fn top_k_with_enumerate_rank() {
    let mut s = sales();
    s.sort_by_key(|x| std::cmp::Reverse(x.qty));
    // Python: [(rank, x.id) for rank, x in enumerate(s[:3], start=1)]
    let ranked = comp![(rank + 1, x.id) for (rank, x) in s[..3].iter().enumerate()];
    assert_eq!(ranked, vec![(1, 4), (2, 6), (3, 2)]);
}

// --- string normalisation

#[test]
fn normalise_names_join_lowered_words() {
    let names = vec!["  Alice   SMITH ", "bob  jones", "CHARLIE"];
    // Python: [" ".join(w.capitalize() for w in n.split()) for n in names]
    let norm = comp![(w[..1].to_uppercase() + &w[1..].to_lowercase() for w in n.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ") for n in &names];
    assert_eq!(norm, vec!["Alice Smith", "Bob Jones", "Charlie"]);
}

#[test]
fn normalise_keys_dict_strip_lower() {
    let raw = vec![(" Name ", "x"), ("AGE", "3"), ("e-Mail", "a@b")];
    // Python: {k.strip().lower().replace("-", "_"): v for k, v in raw}
    let clean = comp!({k.trim().to_lowercase().replace('-', "_"): v for (k, v) in &raw});
    let hand: HashMap<String, &&str> = raw
        .iter()
        .map(|(k, v)| (k.trim().to_lowercase().replace('-', "_"), v))
        .collect();
    assert_eq!(clean, hand);
    assert!(clean.contains_key("e_mail"));
}

#[test]
fn normalise_chars_filter_alnum() {
    let titles = vec!["Hello, World!", "Rust & Python", "  data--eng  "];
    // Python: ["".join(c for c in t.lower() if c.isalnum() or c == " ").strip() for t in titles]
    let slugs = comp![(c for c in t.to_lowercase().chars() if c.is_alphanumeric() || c == ' ')
        .collect::<String>()
        .trim()
        .to_string() for t in &titles];
    assert_eq!(slugs, vec!["hello world", "rust  python", "dataeng"]);
}

#[test]
fn normalise_conditional_as_method_arg() {
    let paths = vec!["/api/users/", "/", "/index.html", "/docs//"];
    // Python: [p.rstrip("/" if len(p) > 1 else "") for p in paths]
    let trimmed = comp![p.trim_end_matches('/' if p.len() > 1 else '\0') for p in &paths];
    assert_eq!(trimmed, vec!["/api/users", "/", "/index.html", "/docs"]);
}

#[test]
fn normalise_tokens_flat_lazy_over_lowercase_temporary() {
    let docs = vec!["The Quick fox", "the LAZY dog"];
    // Python: sorted(set(w for d in docs for w in d.lower().split()))
    let mut vocab: Vec<String> =
        comp!((w.to_string() for d in &docs for w in d.to_lowercase().split_whitespace()))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
    vocab.sort();
    assert_eq!(vocab, vec!["dog", "fox", "lazy", "quick", "the"]);
}

// --- nested configs

fn config() -> HashMap<String, Vec<(String, Option<u16>)>> {
    HashMap::from([
        (
            "web".to_string(),
            vec![("nginx".to_string(), Some(80)), ("cache".to_string(), None)],
        ),
        (
            "db".to_string(),
            vec![
                ("pg".to_string(), Some(5432)),
                ("replica".to_string(), Some(5433)),
            ],
        ),
        ("jobs".to_string(), vec![]),
    ])
}

#[test]
fn config_flatten_ports() {
    let cfg = config();
    // Python: {f"{g}.{name}": port for g, svcs in cfg.items() for name, port in svcs if port}
    // (first written `for (name, Some(port)) in svcs`: rustc's E0005 refutable pattern, as a `for` loop; my slip)
    let ports = comp!({format!("{g}.{name}"): port.unwrap() for (g, svcs) in &cfg for (name, port) in svcs if port.is_some()});
    let mut hand = HashMap::new();
    for (g, svcs) in &cfg {
        for (name, port) in svcs {
            if let Some(p) = port {
                hand.insert(format!("{g}.{name}"), *p);
            }
        }
    }
    assert_eq!(ports, hand);
}

#[test]
fn config_flatten_ports_if_let() {
    let cfg = config();
    // Python: {f"{g}.{name}": port for g, svcs in cfg.items() for name, port in svcs if port}
    let ports = comp!({format!("{g}.{name}"): port for (g, svcs) in &cfg for (name, p) in svcs if let Some(port) = p});
    assert_eq!(ports.len(), 3);
    assert_eq!(ports["db.pg"], &5432);
}

#[test]
fn config_non_empty_groups_and_defaults() {
    let cfg = config();
    // Python: {g: [n for n, _ in svcs] or ["<none>"] for g, svcs in cfg.items()}
    let names = comp!({g.as_str(): [n.as_str() for (n, _) in svcs] if !svcs.is_empty() else vec!["<none>"] for (g, svcs) in &cfg});
    assert_eq!(names["jobs"], vec!["<none>"]);
    assert_eq!(names["web"], vec!["nginx", "cache"]);
}

#[test]
fn config_env_overrides_nested_dict() {
    let env = vec![
        "APP_DB_HOST=db1",
        "APP_DB_PORT=5432",
        "APP_WEB_HOST=w",
        "PATH=/bin",
        "APP_BAD",
    ];
    // Python: {sec: {k: v for k, v in pairs if k.startswith(sec)} ...}
    //   pairs = [(k[4:].lower(), v) for e in env if e.startswith("APP_") and "=" in e for k, v in [e.split("=", 1)]]
    let pairs = comp![(k["APP_".len()..].to_lowercase(), v)
        for e in &env if e.starts_with("APP_")
        if let Some((k, v)) = e.split_once('=')];
    let sections = comp!({k.split('_').next().unwrap(): {rest: *v for (k2, v) in &pairs
        if let Some((s, rest)) = k2.split_once('_') if s == k.split('_').next().unwrap()} for (k, _) in &pairs});
    assert_eq!(sections["db"]["host"], "db1");
    assert_eq!(sections["db"].len(), 2);
    assert_eq!(sections["web"], HashMap::from([("host", "w")]));
}

// --- inverted indexes

#[test]
fn inverted_index_word_to_doc_ids() {
    let docs = vec![
        (1, "rust is fast"),
        (2, "python is easy"),
        (3, "rust and python"),
    ];
    // Python: vocab = {w for _, t in docs for w in t.split()}
    //         index = {w: {i for i, t in docs if w in t.split()} for w in vocab}
    let vocab = comp!({w for (_, t) in &docs for w in t.split(' ')});
    let index =
        comp!({w: {*i for (i, t) in &docs if t.split(' ').any(|x| x == *w)} for w in &vocab});
    let mut hand: HashMap<&str, HashSet<i32>> = HashMap::new();
    for (i, t) in &docs {
        for w in t.split(' ') {
            hand.entry(w).or_default().insert(*i);
        }
    }
    assert_eq!(index.len(), hand.len());
    for (w, ids) in &index {
        assert_eq!(ids, &hand[*w]);
    }
}

#[test]
fn inverted_index_query_and() {
    let docs = vec!["red apple pie", "green apple", "red wine", "apple red"];
    let index: HashMap<&str, HashSet<usize>> = {
        let mut m: HashMap<&str, HashSet<usize>> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in d.split(' ') {
                m.entry(w).or_default().insert(i);
            }
        }
        m
    };
    // Python: [i for i in range(len(docs)) if all(i in index.get(w, ()) for w in query)]
    let query = ["red", "apple"];
    let hits = comp![i for i in 0..docs.len() if (index.get(w).is_some_and(|s| s.contains(&i)) for w in query).all(|b| b)];
    assert_eq!(hits, vec![0, 3]);
}

#[test]
fn inverted_index_positions_enumerate_nested() {
    let text = "a b a c b a";
    // Python: {w: [i for i, x in enumerate(words) if x == w] for w in set(words)}
    let words: Vec<&str> = text.split(' ').collect();
    let pos = comp!({*w: [i for (i, x) in words.iter().enumerate() if x == w] for w in &words});
    assert_eq!(pos["a"], vec![0, 2, 5]);
    assert_eq!(pos["b"], vec![1, 4]);
    assert_eq!(pos.len(), 3);
}

// --- generic functions with trait bounds

// FOUND (fixed: no pattern of the expansion at the key's span any more, so no `ref` help; UI `dict_key_moved_into_the_dict`): comp!({k: [x for x in items if key(x) == k] for k in comp!({key(x) for x in items})}) -> error[E0382]: borrow of moved value: `k` ... help: borrow this binding in the pattern to avoid moving the value: `comp!({ref k: [..` (the help puts `ref` into the dict's key expression, which does not parse; the hand-written twin has no such help; README "Diagnostics": messages on the user's tokens, as by hand)
// fix: `K: Clone` and `k.clone()` as the key, as rustc's other help says
fn group_by<T, K, F>(items: &[T], key: F) -> HashMap<K, Vec<&T>>
where
    K: Eq + Hash + Clone,
    F: Fn(&T) -> K,
{
    // Python: {k: [x for x in items if key(x) == k] for k in {key(x) for x in items}}
    comp!({k.clone(): [x for x in items if key(x) == k] for k in comp!({key(x) for x in items})})
}

#[test]
fn generic_group_by() {
    let s = sales();
    let g = group_by(&s, |x| x.product.clone());
    assert_eq!(comp![x.id for x in &g["apple"]], vec![1, 4, 5]);
    let g2 = group_by(&[1, 2, 3, 4, 5, 6], |n| n % 3);
    assert_eq!(g2[&0], vec![&3, &6]);
}

fn dedup_by_key<T: Clone, K: Eq + Hash>(items: &[T], key: impl Fn(&T) -> K) -> Vec<T> {
    let mut seen = HashSet::new();
    // Python: [x for x in items if (k := key(x)) not in seen and not seen.add(k)]
    comp![x.clone() for x in items if seen.insert(key(x))]
}

#[test]
fn generic_dedup_by_key() {
    let s = sales();
    let firsts = dedup_by_key(&s, |x| x.region.clone());
    assert_eq!(comp![x.id for x in firsts], vec![1, 2, 4]);
}

fn index_by<T, K>(items: &[T], key: impl Fn(&T) -> K) -> HashMap<K, &T>
where
    K: Hash + Eq,
{
    comp!({key(x): x for x in items})
}

#[test]
fn generic_index_by_last_wins() {
    let s = sales();
    let by_region = index_by(&s, |x| x.region.clone());
    assert_eq!(by_region["north"].id, 6);
    assert_eq!(by_region["south"].id, 5);
}

fn top_k<T, S: Ord + Copy>(items: &[T], k: usize, score: impl Fn(&T) -> S) -> Vec<&T> {
    let mut idx = comp![(score(x), i) for (i, x) in items.iter().enumerate()];
    idx.sort_by(|a, b| b.cmp(a));
    comp![&items[i] for (_, i) in idx.into_iter().take(k)]
}

#[test]
fn generic_top_k() {
    let s = sales();
    let top = top_k(&s, 2, |x| x.qty);
    assert_eq!(comp![x.id for x in top], vec![4, 6]);
}

fn sum_by<T, K, V>(
    items: impl IntoIterator<Item = T> + Clone,
    key: impl Fn(&T) -> K,
    val: impl Fn(&T) -> V,
) -> HashMap<K, V>
where
    K: Hash + Eq + Clone,
    V: std::iter::Sum<V>,
{
    // Python: {k: sum(val(x) for x in items if key(x) == k) for k in {key(x) for x in items}}
    comp!({k.clone(): (val(&x) for x in items.clone() if key(&x) == k).sum() for k in comp!({key(&x) for x in items.clone()})})
}

#[test]
fn generic_sum_by_into_iterator() {
    let s = sales();
    let totals = sum_by(s.iter(), |x| x.region.clone(), |x| x.qty);
    assert_eq!(totals["north"], 12);
    assert_eq!(totals["east"], 10);
}

// --- trait impls and impl blocks with lifetimes

trait Summarize {
    fn regions(&self) -> HashSet<&str>;
    fn qty_by_region(&self) -> HashMap<&str, u32>;
}

impl Summarize for [Sale] {
    fn regions(&self) -> HashSet<&str> {
        comp!({s.region.as_str() for s in self})
    }
    fn qty_by_region(&self) -> HashMap<&str, u32> {
        comp!({r: self.iter().filter(|s| s.region == r).map(|s| s.qty).sum() for r in self.regions()})
    }
}

#[test]
fn trait_impl_on_slice() {
    let s = sales();
    assert_eq!(s.regions().len(), 3);
    let q = s.qty_by_region();
    assert_eq!(q["south"], 6);
    assert_eq!(
        q.values().sum::<u32>(),
        s.iter().map(|x| x.qty).sum::<u32>()
    );
}

struct LogView<'a> {
    lines: Vec<LogLine<'a>>,
}

impl<'a> LogView<'a> {
    fn new(text: &'a str) -> Self {
        LogView {
            lines: comp![l for t in text.lines() if let Some(l) = parse_log(t)],
        }
    }

    fn services(&self) -> impl Iterator<Item = &'a str> + '_ {
        comp!((l.service for l in &self.lines))
    }

    fn with_level<'s>(&'s self, level: &'s str) -> impl Iterator<Item = &'s LogLine<'a>> + 's {
        // rustc's own help (same as by hand): `move`
        comp!(move (l for l in &self.lines if l.level == level))
    }

    fn latency_by_service(&self) -> HashMap<&'a str, Vec<u32>> {
        comp!({s: [ms for l in &self.lines if l.service == s if let Some(ms) = l.ms] for s in self.services()})
    }
}

#[test]
fn impl_block_lazy_methods() {
    let v = LogView::new(LOG);
    let services: HashSet<&str> = v.services().collect();
    assert_eq!(services, HashSet::from(["api", "db", "web"]));
    let errs = comp![l.ts for l in v.with_level("ERROR")];
    assert_eq!(errs.len(), 2);
    let lat = v.latency_by_service();
    assert_eq!(lat["api"], vec![12, 3, 30, 250]);
    assert!(lat["db"].is_empty());
}

struct Table {
    cols: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn column(&self, name: &str) -> Option<impl Iterator<Item = &str> + '_> {
        let i = self.cols.iter().position(|c| c == name)?;
        Some(comp!(move (r[i].as_str() for r in &self.rows)))
    }

    fn records(&self) -> Vec<HashMap<&str, &str>> {
        comp![{c.as_str(): v.as_str() for (c, v) in self.cols.iter().zip(r)} for r in &self.rows]
    }
}

#[test]
fn impl_block_option_of_lazy_iterator() {
    let t = Table {
        cols: vec!["id".into(), "name".into()],
        rows: vec![vec!["1".into(), "a".into()], vec!["2".into(), "b".into()]],
    };
    let names: Vec<&str> = t.column("name").unwrap().collect();
    assert_eq!(names, vec!["a", "b"]);
    assert!(t.column("nope").is_none());
    assert_eq!(t.records()[1]["name"], "b");
}

// --- comprehensions in match arms and closures

enum Report {
    Ids,
    Regions,
    Discounted(f64),
}

fn run_report(r: Report, s: &[Sale]) -> Vec<String> {
    match r {
        Report::Ids => comp![x.id.to_string() for x in s],
        Report::Regions => {
            let mut v = comp![r.clone() for r in comp!({x.region.clone() for x in s})];
            v.sort();
            v
        }
        Report::Discounted(min) => {
            comp![format!("{}={}", x.id, d) for x in s if let Some(d) = x.discount if d >= min]
        }
    }
}

#[test]
fn match_arms_hold_comprehensions() {
    let s = sales();
    assert_eq!(run_report(Report::Ids, &s).len(), 6);
    assert_eq!(
        run_report(Report::Regions, &s),
        vec!["east", "north", "south"]
    );
    assert_eq!(
        run_report(Report::Discounted(0.1), &s),
        vec!["2=0.1", "4=0.2"]
    );
}

#[test]
fn match_inside_element_on_tuple() {
    let s = sales();
    // Python: [("bulk" if q >= 5 else "single", d is not None) for q, d in ((x.qty, x.discount) for x in s)]
    let kinds = comp![match (x.qty >= 5, x.discount) {
        (true, Some(_)) => "bulk-disc",
        (true, None) => "bulk",
        (false, _) => "single",
    } for x in &s];
    assert_eq!(
        kinds,
        vec![
            "single",
            "bulk-disc",
            "single",
            "bulk-disc",
            "single",
            "bulk-disc"
        ]
    );
}

#[test]
fn closures_returning_comprehensions() {
    let s = sales();
    // Python: ids_in = lambda reg: [x.id for x in s if x.region == reg]
    let ids_in = |reg: &str| comp![x.id for x in &s if x.region == reg];
    assert_eq!(ids_in("north"), vec![1, 3, 6]);
    // Python: fns = {r: (lambda r=r: len(ids_in(r))) for r in regions}
    let counters = comp!({r: move || ids_in(r).len() for r in ["north", "east"]});
    assert_eq!(counters["north"](), 3);
    assert_eq!(counters["east"](), 1);
}

#[test]
fn closure_body_conditional_in_map() {
    let s = sales();
    // Python: [list(map(lambda q: q if q < 5 else 5, [x.qty])) for x in s]
    let capped = comp![[x.qty].iter().map(|q| *q if *q < 5 else 5).collect::<Vec<_>>() for x in &s];
    let hand: Vec<Vec<u32>> = s.iter().map(|x| vec![x.qty.min(5)]).collect();
    assert_eq!(capped, hand);
}

// --- iterator adaptors

#[test]
fn adaptors_windows_deltas() {
    let ts = vec![100, 105, 103, 120, 121];
    // Python: [b - a for a, b in zip(ts, ts[1:]) if b > a]
    let ups = comp![w[1] - w[0] for w in ts.windows(2) if w[1] > w[0]];
    assert_eq!(ups, vec![5, 17, 1]);
    // Python: [b - a for a, b in zip(ts, ts[1:])]
    let deltas = comp![b - a for (a, b) in ts.iter().zip(&ts[1..])];
    assert_eq!(deltas, vec![5, -2, 17, 1]);
}

#[test]
fn adaptors_chunks_batches() {
    let ids: Vec<u32> = (1..=7).collect();
    // Python: [ids[i:i+3] for i in range(0, len(ids), 3)]
    let batches = comp![c.to_vec() for c in ids.chunks(3)];
    assert_eq!(batches, vec![vec![1, 2, 3], vec![4, 5, 6], vec![7]]);
    // Python: [sum(b) for b in batches if len(b) == 3]
    let sums = comp![b.iter().sum::<u32>() for b in &batches if b.len() == 3];
    assert_eq!(sums, vec![6, 15]);
}

#[test]
fn adaptors_lazy_with_take_while_and_rev() {
    let s = sales();
    // Python: list(itertools.takewhile(lambda q: q < 10, (x.qty for x in s)))
    let before_big: Vec<u32> = comp!((x.qty for x in &s)).take_while(|q| *q < 10).collect();
    assert_eq!(before_big, vec![3, 5, 2]);
    // Python: [x.id for x in reversed(s) if x.discount]
    let rev = comp![x.id for x in s.iter().rev() if x.discount.is_some()];
    assert_eq!(rev, vec![6, 4, 2]);
}

#[test]
fn adaptors_first_iterable_temporary_string() {
    let s = sales();
    // Python: [w for w in ",".join(x.region for x in s).upper().split(",") if w != "NORTH"]
    let ws = comp![w.to_string() for w in comp![x.region.as_str() for x in &s].join(",").to_uppercase().split(',') if w != "NORTH"];
    assert_eq!(ws, vec!["SOUTH", "EAST", "SOUTH"]);
}

// --- conditional in tuples, struct literals and calls

#[derive(Debug, PartialEq)]
struct Row {
    id: u32,
    band: &'static str,
    total: f64,
}

#[test]
fn conditional_in_struct_literal_and_tuple() {
    let s = sales();
    // Python: [Row(x.id, "hi" if x.qty * x.price > 10 else "lo", x.qty * x.price) for x in s]
    let rows = comp![Row { id: x.id, band: "hi" if x.qty as f64 * x.price > 10.0 else "lo", total: x.qty as f64 * x.price } for x in &s];
    let hand: Vec<Row> = s
        .iter()
        .map(|x| {
            let t = x.qty as f64 * x.price;
            Row {
                id: x.id,
                band: if t > 10.0 { "hi" } else { "lo" },
                total: t,
            }
        })
        .collect();
    assert_eq!(rows, hand);
}

#[test]
fn conditional_in_call_args_and_dict_value() {
    let s = sales();
    fn fmt_money(v: f64, cur: &str) -> String {
        format!("{v:.2}{cur}")
    }
    // Python: {x.id: fmt_money(x.price, "EUR" if x.region == "east" else "USD") for x in s}
    let m = comp!({x.id: fmt_money(x.price, "EUR" if x.region == "east" else "USD") for x in &s});
    assert_eq!(m[&4], "1.50EUR");
    assert_eq!(m[&6], "3.00USD");
    // Python: {("big" if x.qty > 4 else "small", x.region) for x in s}
    let keys = comp!({("big" if x.qty > 4 else "small", x.region.as_str()) for x in &s});
    assert!(keys.contains(&("big", "east")));
    assert_eq!(keys.len(), 5);
}

#[test]
fn conditional_as_dict_key() {
    let s = sales();
    // Python: {"disc" if x.discount else "full": x.id for x in s}  (last wins)
    let last = comp!({"disc" if x.discount.is_some() else "full": x.id for x in &s});
    assert_eq!(last["disc"], 6);
    assert_eq!(last["full"], 5);
}

// --- async loaders

async fn load_shard(id: u32) -> Result<String, ParseError> {
    tokio::time::sleep(std::time::Duration::from_millis(10 * (3 - id as u64 % 3))).await;
    if id == 99 {
        return Err(ParseError::BadNumber(id.to_string()));
    }
    Ok(CSV
        .lines()
        .skip(1)
        .filter(|l| l.starts_with(&id.to_string()))
        .collect::<Vec<_>>()
        .join("\n"))
}

#[tokio::test(start_paused = true)]
async fn async_loader_sequential_flatten() {
    // Python: [line async for id in ids for line in (await load_shard(id)).splitlines()]
    let lines =
        acomp![line.to_string() for id in 1..=3 for line in load_shard(id).await.unwrap().lines()];
    let expected: Vec<String> = CSV.lines().skip(1).take(3).map(String::from).collect();
    assert_eq!(lines, expected);
}

#[tokio::test(start_paused = true)]
async fn async_loader_gather_with_question_mark() {
    // Python: shards = await asyncio.gather(*[load_shard(i) for i in ids])
    let shards = acomp![load_shard(i).await? for i in [1, 2, 3, 4]; concurrency = 4];
    let hand: Vec<String> = CSV.lines().skip(1).take(4).map(String::from).collect();
    assert_eq!(shards, Ok(hand));
    let failed = acomp![load_shard(i).await? for i in [1, 99, 2]; concurrency = 2];
    assert_eq!(failed, Err(ParseError::BadNumber("99".into())));
}

#[tokio::test(start_paused = true)]
async fn async_loader_dict_by_id() {
    // Python: {i: len(await load_shard(i)) for i in ids}
    let sizes = acomp!({i: load_shard(i).await.map(|s| s.len()).unwrap_or(0) for i in [1, 5, 99]});
    assert_eq!(sizes[&1], CSV.lines().nth(1).unwrap().len());
    assert_eq!(sizes[&99], 0);
}

// --- more shapes: lazy `?`, Display impls, typed lets, streams

fn parse_sale(line: &str) -> Result<Sale, ParseError> {
    let f: Vec<&str> = line.split(',').collect();
    let get = |i: usize, n: &'static str| f.get(i).copied().ok_or(ParseError::MissingField(n));
    let num = |s: &str| {
        s.parse::<f64>()
            .map_err(|_| ParseError::BadNumber(s.to_string()))
    };
    Ok(Sale {
        id: num(get(0, "id")?)? as u32,
        region: get(1, "region")?.to_string(),
        product: get(2, "product")?.to_string(),
        qty: num(get(3, "qty")?)? as u32,
        price: num(get(4, "price")?)?,
        discount: get(5, "discount")
            .ok()
            .filter(|d| !d.is_empty())
            .map(|d| d.parse().unwrap()),
    })
}

#[test]
fn lazy_question_mark_stream_of_results() {
    // Python: rows = (parse_sale(l) for l in lines)  -- stops at the first bad one
    let text = "7,west,fig,2,4.0,\n8,west,fig,x,4.0,\n9,west,fig,1,4.0,";
    let rows: Vec<Result<u32, ParseError>> =
        comp!((parse_sale(l)?.id for l in text.lines())).collect();
    assert_eq!(rows, vec![Ok(7), Err(ParseError::BadNumber("x".into()))]);
    // collected into one Result, as `list(...)` would raise
    let all: Result<Vec<Sale>, ParseError> =
        comp!((parse_sale(l)? for l in CSV.lines().skip(1))).collect();
    assert_eq!(all.unwrap(), sales());
}

#[test]
fn question_mark_in_let_clause_and_filter() {
    // Python: [s.id for l in lines for s in [parse_sale(l)] if s.qty > 2]  (raises on bad)
    let big = comp![s.id for l in CSV.lines().skip(1) let s = parse_sale(l)? if s.qty > 2];
    assert_eq!(big, Ok(vec![1, 2, 4, 6]));
    let bad = comp![s.id for l in ["1,a,b,2,1.0,", "2,a"] let s = parse_sale(l)? if s.qty > 0];
    assert_eq!(bad, Err(ParseError::MissingField("product")));
}

struct Report2<'a>(&'a [Sale]);

impl fmt::Display for Report2<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Python: ", ".join(f"{s.id}:{s.qty}{'*' if s.discount else ''}" for s in self.rows)
        let parts = comp![format!("{}:{}{}", s.id, s.qty, "*" if s.discount.is_some() else "") for s in self.0];
        write!(f, "{}", parts.join(", "))
    }
}

#[test]
fn display_impl_joins_comprehension() {
    let s = sales();
    let text = Report2(&s[..3]).to_string();
    assert_eq!(text, "1:3, 2:5*, 3:2");
}

#[test]
fn typed_let_clause_and_walrus_in_dict_key() {
    let s = sales();
    // Python: {x.id: (q := float(x.qty)) * x.price for x in s}
    let revenue = comp!({x.id: q * x.price for x in &s let q: f64 = x.qty.into()});
    assert_eq!(revenue[&6], 21.0);
    // Python: {(k := x.product.upper()): len(k) for x in s}
    let lens = comp!({(k := x.product.to_uppercase()).clone(): k.len() for x in &s});
    assert_eq!(lens["APPLE"], 5);
    assert_eq!(lens.len(), 3);
}

#[test]
fn struct_pattern_if_let_on_option_field() {
    let s = sales();
    // Python: [(x.id, x.discount) for x in s if x.discount is not None and x.region != "north"]
    let disc = comp![(id, d) for x in &s if let Sale { id, discount: Some(d), .. } = x if x.region != "north"];
    assert_eq!(disc, vec![(&2, &0.1), (&4, &0.2)]);
}

#[test]
fn from_iter_of_lazy_into_btreemap() {
    let s = sales();
    // Python: dict(sorted((x.id, x.product) for x in s if x.qty > 2))
    let m = BTreeMap::from_iter(comp!((x.id, x.product.as_str()) for x in &s if x.qty > 2));
    let hand: BTreeMap<u32, &str> = s
        .iter()
        .filter(|x| x.qty > 2)
        .map(|x| (x.id, x.product.as_str()))
        .collect();
    assert_eq!(m, hand);
}

fn evens_scaled<T>(xs: Vec<T>, k: T) -> impl Iterator<Item = T>
where
    T: Copy + std::ops::Mul<Output = T> + std::ops::Rem<Output = T> + PartialEq + From<u8>,
{
    // Python: (x * k for x in xs if x % 2 == 0)
    comp!(move (x * k for x in xs if x % T::from(2) == T::from(0)))
}

#[test]
fn generic_move_lazy_returned() {
    let v: Vec<u64> = evens_scaled(vec![1u64, 2, 3, 4], 10).collect();
    assert_eq!(v, vec![20, 40]);
    let w: Vec<i32> = evens_scaled(vec![6i32, 7], -1).collect();
    assert_eq!(w, vec![-6]);
}

#[test]
fn comprehension_in_closure_passed_to_map() {
    let groups = vec![vec!["1", "2", "x"], vec!["4"], vec![]];
    // Python: [[int(s) for s in g if s.isdigit()] for g in groups]  via map/lambda
    let parsed: Vec<Vec<i32>> = groups
        .iter()
        .map(|g| comp![n for s in g if let Ok(n) = s.parse::<i32>()])
        .collect();
    assert_eq!(parsed, vec![vec![1, 2], vec![4], vec![]]);
}

#[test]
fn conditional_inside_vec_macro_and_nested_list() {
    let s = sales();
    // Python: [[x.id, x.qty if x.qty < 5 else 5] for x in s]
    let rows = comp![vec![x.id, x.qty if x.qty < 5 else 5] for x in &s];
    let hand: Vec<Vec<u32>> = s.iter().map(|x| vec![x.id, x.qty.min(5)]).collect();
    assert_eq!(rows, hand);
}

#[test]
fn multi_key_sort_then_comprehension_over_sorted_temp() {
    let s = sales();
    // Python: [f"{x.region}/{x.id}" for x in sorted(s, key=lambda x: (x.region, -x.qty))]
    let keys = comp![format!("{}/{}", x.region, x.id) for x in {
        let mut v: Vec<&Sale> = s.iter().collect();
        v.sort_by_key(|x| (x.region.clone(), std::cmp::Reverse(x.qty)));
        v
    }];
    assert_eq!(
        keys,
        vec!["east/4", "north/6", "north/1", "north/3", "south/2", "south/5"]
    );
}

#[tokio::test(start_paused = true)]
async fn async_stream_of_lines_grouped() {
    use futures::stream;
    // Python: [rec.level async for line in aiter(lines) if (rec := parse_log(line)) and rec.status]
    let lines = stream::iter(LOG.lines());
    let levels = acomp![rec.level async for line in lines if let Some(rec) = parse_log(line) if rec.status.is_some()];
    assert_eq!(levels, vec!["INFO", "WARN", "INFO", "INFO", "ERROR"]);
}

#[tokio::test(start_paused = true)]
async fn async_loader_lazy_stream_concurrency() {
    use futures::StreamExt;
    // Python: async for shard in as_completed([load_shard(i) for i in ids]) ...
    let mut sizes = acomp!((load_shard(i).await.map(|s| s.lines().count()).unwrap_or(0) for i in 1..=6; concurrency = 3))
        .collect::<Vec<_>>()
        .await;
    sizes.sort();
    assert_eq!(sizes, vec![1, 1, 1, 1, 1, 1]);
}

#[tokio::test(start_paused = true)]
async fn async_loader_box_dyn_error() {
    async fn load_all(ids: &[u32]) -> Result<Vec<usize>, Box<dyn Error>> {
        // Python: return [len(await load_shard(i)) for i in ids]
        let v = acomp![load_shard(*i).await?.len() for i in ids]?;
        Ok(v)
    }
    assert_eq!(load_all(&[1, 2]).await.unwrap().len(), 2);
    assert_eq!(
        load_all(&[1, 99]).await.unwrap_err().to_string(),
        "bad number \"99\""
    );
}

// --- edge shapes: walrus in struct fields, nested `?`, traits with default methods

#[test]
fn walrus_in_struct_literal_field_used_by_next_field() {
    let s = sales();
    // Python: [Row(x.id, "hi" if (t := x.qty * x.price) > 10 else "lo", t) for x in s]
    let rows = comp![Row { id: x.id, band: "hi" if (t := x.qty as f64 * x.price) > 10.0 else "lo", total: t } for x in &s];
    let hand: Vec<Row> = s
        .iter()
        .map(|x| {
            let t = x.qty as f64 * x.price;
            Row {
                id: x.id,
                band: if t > 10.0 { "hi" } else { "lo" },
                total: t,
            }
        })
        .collect();
    assert_eq!(rows, hand);
}

#[test]
fn if_let_tuple_of_option_fields_and_chained_cmp_on_methods() {
    let recs: Vec<LogLine> = LOG.lines().filter_map(parse_log).collect();
    // Python: [(r.status, r.ms) for r in recs if r.status and r.ms and 200 <= r.status < 300]
    let ok = comp![(st, ms) for r in &recs if let (Some(st), Some(ms)) = (r.status, r.ms) if 200 <= st < 300];
    assert_eq!(ok, vec![(200, 12), (201, 30), (200, 5)]);
    let s = sales();
    // Python: [x.id for x in s if 0 < (x.discount or 0) <= 0.1]
    let light = comp![x.id for x in &s if 0.0 < x.discount.unwrap_or(0.0) <= 0.1];
    assert_eq!(light, vec![2, 6]);
}

#[test]
fn nested_fallible_inner_comprehension() {
    let rows = vec![vec!["1", "2"], vec!["3"], vec!["4", "5"]];
    // Python: [[int(s) for s in row] for row in rows]  (raises)
    let m = comp![comp![s.parse::<i32>()? for s in row]? for row in &rows];
    assert_eq!(m, Ok(vec![vec![1, 2], vec![3], vec![4, 5]]));
    // inner display written as a nested display: each row is its own Result
    let per_row = comp![[s.parse::<i32>()? for s in row] for row in [vec!["1"], vec!["x", "2"]]];
    assert!(per_row[0].is_ok());
    assert!(per_row[1].is_err());
    // Python: {k: max(x.qty for x in s if x.region == k) for k in regions}
    let s = sales();
    let best = comp!({x.region.as_str(): (y.qty for y in &s if y.region == x.region).max().unwrap() for x in &s});
    assert_eq!(best["north"], 7);
    assert_eq!(best["south"], 5);
}

trait Keyed {
    fn key(&self) -> String;
    fn index(items: &[Self]) -> HashMap<String, &Self>
    where
        Self: Sized,
    {
        // Python: {x.key(): x for x in items}
        comp!({x.key(): x for x in items})
    }
    fn keys_sorted(items: &[Self]) -> Vec<String>
    where
        Self: Sized,
    {
        let mut v = comp![x.key() for x in items];
        v.sort();
        v
    }
}

impl Keyed for Sale {
    fn key(&self) -> String {
        format!("{}-{}", self.region, self.id)
    }
}

impl Keyed for Customer {
    fn key(&self) -> String {
        self.name.to_lowercase()
    }
}

#[test]
fn trait_default_methods_with_comprehensions() {
    let s = sales();
    let idx = Sale::index(&s);
    assert_eq!(idx["east-4"].qty, 10);
    assert_eq!(
        Customer::keys_sorted(&customers()),
        vec!["ann", "bob", "cid", "dee"]
    );
}

fn normalise<S: AsRef<str>>(xs: &[S]) -> Vec<String> {
    // Python: [x.strip().lower() for x in xs if x.strip()]
    comp![x.as_ref().trim().to_lowercase() for x in xs if !x.as_ref().trim().is_empty()]
}

#[test]
fn generic_as_ref_str_normalise() {
    assert_eq!(normalise(&["  A ", "", "b"]), vec!["a", "b"]);
    assert_eq!(
        normalise(&vec![String::from(" X"), String::from("  ")]),
        vec!["x"]
    );
}

struct Corpus {
    docs: Vec<String>,
}

impl Corpus {
    fn tokens(&self) -> impl Iterator<Item = &str> + '_ {
        // Python: (w for d in self.docs for w in d.split())
        comp!((w for d in &self.docs for w in d.split_whitespace()))
    }

    fn lowered_tokens(&self) -> impl Iterator<Item = String> + '_ {
        // Python: (w for d in self.docs for w in d.lower().split())
        comp!((w.to_string() for d in &self.docs for w in d.to_lowercase().split_whitespace()))
    }

    fn index(&self) -> HashMap<&str, Vec<usize>> {
        comp!({w: [i for (i, d) in self.docs.iter().enumerate() if d.split_whitespace().any(|t| t == w)] for w in self.tokens()})
    }
}

#[test]
fn impl_nested_lazy_tokens_and_index() {
    let c = Corpus {
        docs: vec!["Big data".into(), "big Rust".into(), "data rust".into()],
    };
    assert_eq!(c.tokens().count(), 6);
    let low: HashSet<String> = c.lowered_tokens().collect();
    assert_eq!(
        low,
        HashSet::from(["big".to_string(), "data".into(), "rust".into()])
    );
    let idx = c.index();
    assert_eq!(idx["data"], vec![0, 2]);
    assert_eq!(idx["big"], vec![1]);
}

#[test]
fn walrus_split_once_then_parse_cached() {
    let lines = vec!["a=1", "b=x", "noeq", "c = 3", "d=-2"];
    // Python: {k.strip(): v for l in lines if (kv := l.split("=", 1))[1:] for k, raw in [kv]
    //          if (v := to_int(raw)) is not None and v >= 0}
    let cfg = comp!({k.trim(): v for l in &lines if (kv := l.split_once('=')).is_some() let (k, raw) = kv.unwrap() if let Ok(v) = raw.trim().parse::<i32>() if v >= 0});
    assert_eq!(cfg, HashMap::from([("a", 1), ("c", 3)]));
}

#[test]
fn conditional_parenthesised_in_block_and_match_arms() {
    let s = sales();
    // Python: [d if d > 0.1 else 0.0 for x in s for d in [x.discount or 0.0]]
    let capped = comp![match x.discount {
        Some(d) => (d if d > 0.1 else 0.0),
        None => 0.0,
    } for x in &s];
    assert_eq!(capped, vec![0.0, 0.0, 0.0, 0.2, 0.0, 0.0]);
    let blocks = comp![{
        let t = x.qty * 2;
        (t if t > 5 else 0)
    } for x in &s];
    assert_eq!(blocks, vec![6, 10, 0, 20, 0, 14]);
}

#[test]
fn owning_iteration_moves_strings() {
    let names: Vec<String> = customers().into_iter().map(|c| c.name).collect();
    // Python: [n.upper() for n in names if len(n) == 3]
    let upper = comp![n.to_uppercase() for n in names.clone() if n.len() == 3];
    assert_eq!(upper, vec!["ANN", "BOB", "CID", "DEE"]);
    // consume: move the Strings themselves into the set
    let set = comp!({n for n in names if n.starts_with(['A', 'B'])});
    assert_eq!(set, HashSet::from(["Ann".to_string(), "Bob".to_string()]));
}

#[test]
fn conditional_in_first_iterable_method_arg() {
    let raw = "a;b;c";
    let csv_mode = false;
    // Python: [w for w in raw.split("," if csv_mode else ";")]
    let parts = comp![w for w in raw.split(',' if csv_mode else ';')];
    assert_eq!(parts, vec!["a", "b", "c"]);
    // Python: {w: i for i, w in enumerate(raw.split(";" if not csv_mode else ","))}
    let pos = comp!({w: i for (i, w) in raw.split(';' if !csv_mode else ',').enumerate()});
    assert_eq!(pos["c"], 2);
}

// --- probes

// FOUND (fixed: the label says "no `From` conversion of errors inside a comprehension"): comp![l.parse::<u32>()? for l in text.lines()] as the tail of a fn returning Result<Vec<u32>, Box<dyn Error>> -> error[E0277]: this `?` fails with `ParseIntError`, the comprehension with `Box<dyn std::error::Error>` / label "a second error type in one comprehension" (documented in reference 7 "The expected type decides first"; title and note are clear, but the label speaks of a second error type where the comprehension has a single `?`: the other type is the expected one)
#[test]
fn box_dyn_error_tail_without_ok() {
    // Python: def ids(text): return [int(l) for l in text.splitlines()]
    // fix: the note's `.map_err(<Box<dyn Error>>::from)?`
    fn ids(text: &str) -> Result<Vec<u32>, Box<dyn Error>> {
        comp![l.parse::<u32>().map_err(<Box<dyn Error>>::from)? for l in text.lines()]
    }
    assert!(ids("1\nx").is_err());
    assert_eq!(ids("1\n2").unwrap(), vec![1, 2]);
}

#[tokio::test(start_paused = true)]
async fn async_if_let_on_awaited_result() {
    // Python: [s for i in ids if (s := await try_load(i)) is not None]
    let got = acomp![s.len() for i in [1, 99, 2] if let Ok(s) = load_shard(i).await];
    assert_eq!(got.len(), 2);
}

fn pick(mode: u8, s: &[Sale]) -> Box<dyn Iterator<Item = u32> + '_> {
    match mode {
        0 => Box::new(comp!((x.id for x in s))),
        _ => Box::new(comp!((x.qty for x in s if x.qty > 2))),
    }
}

#[test]
fn match_arms_boxed_lazy_iterators() {
    let s = sales();
    assert_eq!(pick(0, &s).count(), 6);
    assert_eq!(pick(1, &s).sum::<u32>(), 25);
}

#[test]
fn conditional_between_nested_displays() {
    let s = sales();
    let flags = [true, false];
    // Python: [[x.id for x in s if x.qty > 4] if f else [] for f in flags]
    let v = comp![[x.id for x in &s if x.qty > 4] if f else vec![] for f in flags];
    assert_eq!(v, vec![vec![2, 4, 6], vec![]]);
    // Python: [len(ids) for f in flags for ids in [[x.id for x in s] if f else []]]
    let lens = comp![ids.len() for f in flags let ids = [x.id for x in &s] if f else vec![]];
    assert_eq!(lens, vec![6, 0]);
}
