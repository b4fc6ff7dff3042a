//! Python's collections module (Counter, defaultdict, ChainMap, namedtuple,
//! deque), heapq and bisect, and dict/set idioms over `&HashMap`, `BTreeMap`,
//! `.iter_mut()` and `values_mut()`. 45 comprehensions here; 6 more that fail
//! today are in failing/collections.rs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

use comprehensions::comp;

fn counter(s: &str) -> HashMap<char, usize> {
    let mut c = HashMap::new();
    for ch in s.chars() {
        *c.entry(ch).or_insert(0) += 1;
    }
    c
}

fn hm<K: std::hash::Hash + Eq, V>(v: impl IntoIterator<Item = (K, V)>) -> HashMap<K, V> {
    v.into_iter().collect()
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

// Counter.elements(): [elem for elem, count in c.items() for _ in range(count)]
#[test]
fn counter_elements() {
    let c = counter("abracadabra");
    let mut elems = comp![*elem for (elem, count) in &c for _ in 0..*count];
    elems.sort();
    assert_eq!(&elems[..6], &['a', 'a', 'a', 'a', 'a', 'b']);
}

// [k for k, v in c.most_common(2)]
#[test]
fn counter_most_common_keys() {
    let c = counter("abracadabra");
    let mut items: Vec<(char, usize)> = c.into_iter().collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert_eq!(comp![k for k, _v in items.iter().take(2)], vec![&'a', &'b']);
}

// Counter.__pos__: {k: v for k, v in c.items() if v > 1}
#[test]
fn counter_pos_filter() {
    let c = counter("abracadabra");
    let kept = comp!({*k: *v for (k, v) in &c if *v > 1});
    assert_eq!(kept, hm([('a', 5), ('b', 2), ('r', 2)]));
    // Counter.total(): sum(v for v in c.values())
    let total: usize = comp!((v for v in c.values())).sum();
    assert_eq!(total, 11);
}

// invert a dict: {v: k for k, v in d.items()}  (duplicate values: last wins)
#[test]
fn dict_invert_last_wins() {
    let d: BTreeMap<&str, i32> = [("a", 1), ("b", 2), ("c", 1)].into_iter().collect();
    assert_eq!(comp!({v: k for (k, v) in &d}), hm([(&1, &"c"), (&2, &"b")]));
    assert_eq!(
        comp!({*v: *k for k, v in d.iter()}),
        hm([(1, "c"), (2, "b")])
    );
}

// Counter.__add__ / __sub__ / __and__
// {e: a[e] + b[e] for e in set(a) | set(b)}
// {e: a[e] - b[e] for e in a if a[e] - b[e] > 0}
// {e: min(a[e], b[e]) for e in a if e in b}
#[test]
fn counter_arithmetic() {
    let a: HashMap<char, i32> = hm([('a', 3), ('b', 1)]);
    let b: HashMap<char, i32> = hm([('a', 1), ('b', 2), ('c', 1)]);
    let get = |m: &HashMap<char, i32>, k: &char| m.get(k).copied().unwrap_or(0);
    let keys: HashSet<&char> = a.keys().chain(b.keys()).collect();
    assert_eq!(
        comp!({*e: get(&a, e) + get(&b, e) for e in keys}),
        hm([('a', 4), ('b', 3), ('c', 1)])
    );
    assert_eq!(
        comp!({*e: d for e in a.keys() if (d := get(&a, e) - get(&b, e)) > 0}),
        hm([('a', 2)])
    );
    assert_eq!(
        comp!({*e: (*n).min(b[e]) for (e, n) in &a if b.contains_key(e)}),
        hm([('a', 1), ('b', 1)])
    );
}

// defaultdict(list) grouping, then {k: sum(vs) for k, vs in d.items()}
#[test]
fn defaultdict_group_sums() {
    let pairs = vec![
        ("yellow", 1),
        ("blue", 2),
        ("yellow", 3),
        ("blue", 4),
        ("red", 1),
    ];
    let mut d: HashMap<&str, Vec<i32>> = HashMap::new();
    for (k, v) in pairs {
        d.entry(k).or_default().push(v);
    }
    assert_eq!(
        comp!({*k: vs.iter().sum::<i32>() for (k, vs) in &d}),
        hm([("yellow", 4), ("blue", 6), ("red", 1)])
    );
    // sorted(v for vs in d.values() for v in vs)
    let mut flat = comp![*v for vs in d.values() for v in vs];
    flat.sort();
    assert_eq!(flat, vec![1, 1, 2, 3, 4]);
    // sorted([k for k, vs in d.items() if len(vs) > 1])
    let mut multi = comp![k for (k, vs) in &d if vs.len() > 1];
    multi.sort();
    assert_eq!(multi, vec![&"blue", &"yellow"]);
}

// namedtuple: [f for f in Point._fields]; [pt.x for pt in pts]
#[test]
fn namedtuple_fields_and_attrs() {
    let fields = ["x", "y"];
    assert_eq!(comp![f for f in fields], vec!["x", "y"]);
    let pts = vec![
        Point { x: 1, y: 2 },
        Point { x: 3, y: 4 },
        Point { x: -1, y: 0 },
    ];
    assert_eq!(comp![pt.x for pt in &pts], vec![1, 3, -1]);
    // [pt._asdict()['y'] for pt in pts if pt.x > 0]
    assert_eq!(comp![pt.y for pt in &pts if pt.x > 0], vec![2, 4]);
    // [abs(pt.x) + abs(pt.y) for pt in pts]
    assert_eq!(comp![pt.x.abs() + pt.y.abs() for pt in pts], vec![3, 7, 1]);
}

// namedtuple destructuring: [x + y for x, y in pts]
#[test]
fn namedtuple_destructure() {
    let pts = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    assert_eq!(comp![x + y for Point { x, y } in pts], vec![3, 7]);
}

// ChainMap: {k: cm[k] for k in cm}; merging: {k: v for m in maps for k, v in m.items()}
#[test]
fn chainmap_flatten() {
    let front: HashMap<&str, i32> = hm([("a", 1)]);
    let back: HashMap<&str, i32> = hm([("a", 2), ("b", 3)]);
    let maps = [&front, &back];
    let lookup = |k: &str| maps.iter().find_map(|m| m.get(k)).copied().unwrap();
    let keys: BTreeSet<&str> = comp![*k for m in maps for k in m.keys()]
        .into_iter()
        .collect();
    assert_eq!(
        comp!({k: lookup(k) for k in keys}),
        hm([("a", 1), ("b", 3)])
    );
    // later maps win in a dict merge: {k: v for m in reversed(maps) for k, v in m.items()}
    assert_eq!(
        comp!({*k: *v for m in maps.iter().rev() for (k, v) in m.iter()}),
        hm([("a", 1), ("b", 3)])
    );
}

// deque(maxlen=3): [x * 10 for x in dq]
#[test]
fn deque_maxlen() {
    let mut dq = VecDeque::new();
    for x in 1..=5 {
        if dq.len() == 3 {
            dq.pop_front();
        }
        dq.push_back(x);
    }
    assert_eq!(comp![x * 10 for x in &dq], vec![30, 40, 50]);
    assert_eq!(comp![x * 10 for x in dq], vec![30, 40, 50]);
}

// heapq.nsmallest: [elem for (k, order, elem) in result]; decorate: [(k, i, e) for i, (k, e) in enumerate(it)]
#[test]
fn heapq_nsmallest_decorate() {
    let mut result = vec![(3, 0, "c"), (1, 1, "a"), (2, 2, "b")];
    result.sort();
    assert_eq!(
        comp![elem for (_k, _order, elem) in result],
        vec!["a", "b", "c"]
    );
    let it = vec![(5, "x"), (2, "y")];
    assert_eq!(
        comp![(k, i, e) for (i, (k, e)) in it.into_iter().enumerate()],
        vec![(5, 0, "x"), (2, 1, "y")]
    );
}

// bisect docs: [grade(score) for score in [33, 99, 77, 70, 89, 90, 100]]
#[test]
fn bisect_grades() {
    let breakpoints = [60, 70, 80, 90];
    let grades = "FDCBA";
    let grade =
        |score: i32| grades.as_bytes()[breakpoints.partition_point(|b| *b <= score)] as char;
    let out = comp![grade(score) for score in [33, 99, 77, 70, 89, 90, 100]];
    assert_eq!(out, vec!['F', 'A', 'C', 'C', 'B', 'A', 'A']);
}

// {k: d[k] for k in wanted if k in d}
#[test]
fn dict_subset_of_keys() {
    let d: HashMap<String, i32> = hm([
        ("a".to_string(), 1),
        ("b".to_string(), 2),
        ("c".to_string(), 3),
    ]);
    let sub = comp!({k: d[k] for k in ["a", "c", "z"] if d.contains_key(k)});
    assert_eq!(sub, hm([("a", 1), ("c", 3)]));
    // {k: v * v for k, v in d.items()}
    let sq = comp!({k.clone(): v * v for (k, v) in &d});
    assert_eq!(
        sq,
        hm([
            ("a".to_string(), 1),
            ("b".to_string(), 4),
            ("c".to_string(), 9)
        ])
    );
}

// [k for k, v in sorted(d.items(), key=lambda kv: -kv[1])]
#[test]
fn keys_sorted_by_value() {
    let d: HashMap<&str, i32> = hm([("a", 1), ("b", 2), ("c", 3)]);
    let mut items: Vec<_> = d.into_iter().collect();
    items.sort_by_key(|kv| -kv.1);
    assert_eq!(comp![k for k, _ in items], vec!["c", "b", "a"]);
}

// {x for x in xs if x % 2 == 0} | {5}
#[test]
fn set_union_of_comprehension() {
    let xs = vec![1, 2, 3, 4];
    let evens = comp!({x for x in xs if x % 2 == 0});
    let u: BTreeSet<i32> = evens.union(&HashSet::from([5])).copied().collect();
    assert_eq!(u, BTreeSet::from([2, 4, 5]));
}

// {x: i for i, x in enumerate(seq)} -- last index wins
#[test]
fn index_of_last_occurrence() {
    let seq = ["a", "b", "a"];
    assert_eq!(
        comp!({x: i for (i, x) in seq.iter().enumerate()}),
        hm([(&"a", 2), (&"b", 1)])
    );
}

// {n: [w for w in words if len(w) == n] for n in {len(w) for w in words}}
#[test]
fn group_words_by_length_nested() {
    let words = vec![
        "a".to_string(),
        "bb".to_string(),
        "cc".to_string(),
        "d".to_string(),
    ];
    let groups =
        comp!({n: [w.as_str() for w in &words if w.len() == n] for n in {w.len() for w in &words}});
    assert_eq!(groups, hm([(1, vec!["a", "d"]), (2, vec!["bb", "cc"])]));
}

// {k: {c for c in k} for k in keys}
#[test]
fn dict_of_sets() {
    let keys = vec!["aa", "ab"];
    let d = comp!({k: {c for c in k.chars()} for k in keys});
    assert_eq!(
        d,
        hm([
            ("aa", HashSet::from(['a'])),
            ("ab", HashSet::from(['a', 'b']))
        ])
    );
}

// dict(zip(keys, values))  as  {k: v for k, v in zip(keys, values)}
#[test]
fn dict_from_zip() {
    let keys = vec!["a".to_string(), "b".to_string()];
    let values = vec![1, 2];
    let d = comp!({k: v for k, v in keys.into_iter().zip(values)});
    assert_eq!(d, hm([("a".to_string(), 1), ("b".to_string(), 2)]));
}

// [(k, n) for k in keys if (n := len(k)) >= 2]
#[test]
fn walrus_len_pairs() {
    let keys = vec!["aa", "b", "ccc"];
    assert_eq!(
        comp![(k, n) for k in keys if (n := k.len()) >= 2],
        vec![("aa", 2), ("ccc", 3)]
    );
}

// {k: v for k, v in [('x', 1), ('y', 2), ('x', 3)]}  -- last wins
#[test]
fn dict_from_pairs_last_wins() {
    let d = comp!({k: v for k, v in [("x", 1), ("y", 2), ("x", 3)]});
    assert_eq!(d, hm([("x", 3), ("y", 2)]));
    // and as a set of keys
    assert_eq!(
        comp!({k for (k, _) in [("x", 1), ("y", 2), ("x", 3)]}),
        HashSet::from(["x", "y"])
    );
}

// [f"{k}={v}" for k, v in sorted(d.items())]
#[test]
fn sorted_items_format() {
    let d: BTreeMap<&str, i32> = [("b", 2), ("a", 1)].into_iter().collect();
    assert_eq!(
        comp![format!("{k}={v}") for (k, v) in &d],
        vec!["a=1", "b=2"]
    );
}

// {(i, j): i * j for i in range(2) for j in range(2)}
#[test]
fn tuple_keyed_dict() {
    let d = comp!({(i, j): i * j for i in 0..2 for j in 0..2});
    assert_eq!(d, hm([((0, 0), 0), ((0, 1), 0), ((1, 0), 0), ((1, 1), 1)]));
}

// [v for v in vals if v is not None]
#[test]
fn drop_none() {
    let vals = vec![Some(1), None, Some(3)];
    assert_eq!(comp![v for v in vals.iter().flatten()], vec![&1, &3]);
    assert_eq!(comp![v for opt in vals if let Some(v) = opt], vec![1, 3]);
}

// OrderedDict(sorted(d.items(), key=...)) via BTreeMap: [k for k in od]
#[test]
fn ordereddict_keys() {
    let od: BTreeMap<String, u8> = [("z".to_string(), 1), ("m".to_string(), 2)]
        .into_iter()
        .collect();
    assert_eq!(comp![k.as_str() for k in od.keys()], vec!["m", "z"]);
    assert_eq!(
        comp![k for (k, _) in od],
        vec!["m".to_string(), "z".to_string()]
    );
}

// {k: v for k, v in d.items() if v} where d is passed by reference to a generic fn
fn truthy<K: Clone + Eq + std::hash::Hash, V: Clone + Default + PartialEq>(
    d: &HashMap<K, V>,
) -> HashMap<K, V> {
    comp!({k.clone(): v.clone() for (k, v) in d if *v != V::default()})
}

#[test]
fn generic_truthy_filter() {
    let d: HashMap<&str, i32> = hm([("a", 0), ("b", 2)]);
    assert_eq!(truthy(&d), hm([("b", 2)]));
    let s: HashMap<u8, String> = hm([(1, String::new()), (2, "x".to_string())]);
    assert_eq!(truthy(&s), hm([(2, "x".to_string())]));
}

// a set of frozensets: {frozenset(p) for p in pairs}
#[test]
fn set_of_sorted_pairs() {
    let pairs = vec![(1, 2), (2, 1), (3, 4)];
    let s = comp!({(a.min(b), a.max(b)) for (a, b) in pairs});
    assert_eq!(s, HashSet::from([(1, 2), (3, 4)]));
}

// Counter(words).items() filtered lazily: ((w, n) for w, n in c.items() if n == 1)
#[test]
fn counter_singletons_lazy() {
    let c = counter("hello");
    let mut singles: Vec<char> = comp!((*w for (w, n) in &c if *n == 1)).collect();
    singles.sort();
    assert_eq!(singles, vec!['e', 'h', 'o']);
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/collections.rs"]
mod found;
