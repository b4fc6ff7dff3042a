//! Real code round 25: Python classes translated to Rust structs, enums and
//! impl blocks (methods on `&self`/`&mut self`/`self` building lists, sets
//! and dicts from fields, lazy `impl Iterator + '_` methods, `Display` impls
//! joining comprehensions, dataclass-like structs with `Option` fields, enums
//! matched in elements and `if let` clauses, operator-overloaded value types
//! in elements and chained comparisons, `Ord`/`Hash` derives for set and dict
//! keys, sort-then-comprehend, builders and registries, trait objects, and
//! generic `Inventory<T>`).
#![allow(clippy::useless_vec)]

use comprehensions::{acomp, comp};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::ops::{Add, Mul, Sub};

fn sorted<T: Ord>(it: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.into_iter().collect();
    v.sort();
    v
}

// --- value type: Vec2 with operators

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
struct Vec2 {
    x: i32,
    y: i32,
}

const fn v2(x: i32, y: i32) -> Vec2 {
    Vec2 { x, y }
}

impl Vec2 {
    fn norm2(self) -> i32 {
        self.x * self.x + self.y * self.y
    }
    fn dot(self, o: Vec2) -> i32 {
        self.x * o.x + self.y * o.y
    }
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, o: Vec2) -> Vec2 {
        v2(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vec2 {
    type Output = Vec2;
    fn sub(self, o: Vec2) -> Vec2 {
        v2(self.x - o.x, self.y - o.y)
    }
}

impl Mul<i32> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: i32) -> Vec2 {
        v2(self.x * k, self.y * k)
    }
}

impl fmt::Display for Vec2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Polygon {
    name: String,
    points: Vec<Vec2>,
}

impl Polygon {
    fn square() -> Polygon {
        Polygon {
            name: "sq".to_string(),
            points: vec![v2(0, 0), v2(2, 0), v2(2, 2), v2(0, 2)],
        }
    }

    // Python: return Polygon(self.name, [p + d for p in self.points])
    fn translated(&self, d: Vec2) -> Polygon {
        Polygon {
            name: self.name.clone(),
            points: comp![*p + d for p in &self.points],
        }
    }

    // Python: return [(self.points[i], self.points[(i + 1) % len(self.points)])
    //                 for i in range(len(self.points))]
    fn edges(&self) -> Vec<(Vec2, Vec2)> {
        comp![(self.points[i], self.points[(i + 1) % self.points.len()]) for i in 0..self.points.len()]
    }

    // Python: def scaled(self, k): return (p * k for p in self.points)
    // (first written without `move`: rustc's E0373 with the `move` help at the right place)
    fn scaled(&self, k: i32) -> impl Iterator<Item = Vec2> + '_ {
        comp!(move (*p * k for p in self.points.iter()))
    }

    // Python: [p for p in self.points if lo.x <= p.x < hi.x and lo.y <= p.y < hi.y]
    fn inside(&self, lo: Vec2, hi: Vec2) -> Vec<Vec2> {
        comp![*p for p in &self.points if lo.x <= p.x < hi.x && lo.y <= p.y < hi.y]
    }

    // Python: sum(a.x * b.y - b.x * a.y for a, b in self.edges()) / 2
    fn area2(&self) -> i32 {
        comp!((a.x * b.y - b.x * a.y for (a, b) in self.edges())).sum()
    }
}

impl fmt::Display for Polygon {
    // Python: def __str__(self): return f"{self.name}[" + ", ".join(str(p) for p in self.points) + "]"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}]",
            self.name,
            comp![p.to_string() for p in &self.points].join(", ")
        )
    }
}

#[test]
fn polygon_translated() {
    let sq = Polygon::square();
    let t = sq.translated(v2(1, -1));
    let mut expected = Vec::new();
    for p in &sq.points {
        expected.push(v2(p.x + 1, p.y - 1));
    }
    assert_eq!(t.points, expected);
}

#[test]
fn polygon_edges_and_area() {
    let sq = Polygon::square();
    let e = sq.edges();
    assert_eq!(e.len(), 4);
    assert_eq!(e[3], (v2(0, 2), v2(0, 0)));
    // hand: shoelace of a 2x2 square is 2 * 4
    assert_eq!(sq.area2(), 8);
}

#[test]
fn polygon_scaled_lazy() {
    let sq = Polygon::square();
    let got: Vec<Vec2> = sq.scaled(3).collect();
    let expected: Vec<Vec2> = sq.points.iter().map(|p| v2(p.x * 3, p.y * 3)).collect();
    assert_eq!(got, expected);
}

#[test]
fn polygon_inside_chained_fields() {
    let sq = Polygon::square();
    let got = sq.inside(v2(0, 0), v2(2, 3));
    let expected: Vec<Vec2> = sq
        .points
        .iter()
        .copied()
        .filter(|p| 0 <= p.x && p.x < 2 && 0 <= p.y && p.y < 3)
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn polygon_display() {
    assert_eq!(
        Polygon::square().to_string(),
        "sq[(0, 0), (2, 0), (2, 2), (0, 2)]"
    );
}

#[test]
fn vec2_set_of_sums() {
    // Python: {p + q for p in a for q in b}
    let a = vec![v2(0, 0), v2(1, 0)];
    let b = vec![v2(0, 1), v2(1, 1), v2(-1, 1)];
    let got = comp!({p + q for p in a.iter().copied() for q in b.iter().copied()});
    let mut expected = HashSet::new();
    for p in &a {
        for q in &b {
            expected.insert(*p + *q);
        }
    }
    assert_eq!(got, expected);
    assert_eq!(got.len(), 4);
}

#[test]
fn vec2_dict_norms_sorted_keys() {
    // Python: norms = {p: p.norm2() for p in pts}; [f"{p}={n}" for p, n in sorted(norms.items())]
    let pts = vec![v2(3, 4), v2(1, 1), v2(0, 2), v2(1, 1)];
    let norms = comp!({p: p.norm2() for p in &pts});
    let lines = comp![format!("{p}={n}") for (p, n) in sorted(&norms)];
    let mut keys: Vec<&&Vec2> = norms.keys().collect();
    keys.sort();
    let expected: Vec<String> = keys
        .iter()
        .map(|p| format!("{}={}", p, p.norm2()))
        .collect();
    assert_eq!(lines, expected);
    assert_eq!(lines[0], "(0, 2)=4");
}

#[test]
fn vec2_chained_with_call_operand() {
    // Python: [p for p in pts if 0 < (p - c).norm2() <= r * r]
    let pts = vec![v2(0, 0), v2(1, 1), v2(3, 0), v2(5, 5), v2(1, 0)];
    let (c, r) = (v2(1, 0), 2);
    let got = comp![p for p in pts.iter().copied() if 0 < (p - c).norm2() <= r * r];
    let expected: Vec<Vec2> = pts
        .iter()
        .copied()
        .filter(|p| {
            let n = (*p - c).norm2();
            0 < n && n <= r * r
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn vec2_conditional_in_struct_literal() {
    // Python: [Vec2(p.x if p.x > 0 else 0, p.y) for p in pts]
    let pts = vec![v2(-2, 1), v2(3, -1), v2(0, 0)];
    let got = comp![Vec2 { x: p.x if p.x > 0 else 0, y: p.y } for p in &pts];
    let expected: Vec<Vec2> = pts.iter().map(|p| v2(p.x.max(0), p.y)).collect();
    assert_eq!(got, expected);
}

#[test]
fn vec2_walrus_operator_result() {
    // Python: [s for p in pts if (s := p + offset).norm2() < 10]
    let pts = vec![v2(0, 0), v2(2, 2), v2(-1, 0), v2(4, 0)];
    let offset = v2(1, 1);
    let got = comp![s for p in &pts if (s := *p + offset).norm2() < 10];
    let mut expected = Vec::new();
    for p in &pts {
        let s = *p + offset;
        if s.norm2() < 10 {
            expected.push(s);
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn vec2_ord_chained_deref() {
    // Python (with @total_ordering): [p for p in pts if lo <= p < hi]
    let pts = vec![v2(0, 5), v2(1, 0), v2(1, 9), v2(2, 0), v2(3, 3)];
    let (lo, hi) = (v2(1, 0), v2(2, 1));
    let got = comp![*p for p in &pts if lo <= *p < hi];
    let expected: Vec<Vec2> = pts
        .iter()
        .copied()
        .filter(|p| lo <= *p && *p < hi)
        .collect();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 3);
}

#[test]
fn vec2_dot_matrix_nested() {
    // Python: [[a.dot(b) for b in basis] for a in pts]
    let basis = [v2(1, 0), v2(0, 1)];
    let pts = vec![v2(3, 4), v2(-1, 2)];
    let got = comp![[a.dot(*b) for b in &basis] for a in &pts];
    let expected: Vec<Vec<i32>> = pts.iter().map(|a| vec![a.x, a.y]).collect();
    assert_eq!(got, expected);
}

#[test]
fn vec2_mul_add_chain_in_element() {
    // Python: [p * 2 + d for p, d in zip(ps, ds)]
    let ps = vec![v2(1, 2), v2(3, 4)];
    let ds = vec![v2(10, 10), v2(0, -1)];
    let got = comp![*p * 2 + *d for (p, d) in ps.iter().zip(&ds)];
    let expected = vec![v2(12, 14), v2(6, 7)];
    assert_eq!(got, expected);
}

// --- dataclass-like structs with Option fields

#[derive(Debug, Clone, Default, PartialEq)]
struct Person {
    name: String,
    age: Option<u32>,
    email: Option<String>,
    manager: Option<usize>,
}

fn person(name: &str, age: Option<u32>, email: Option<&str>, manager: Option<usize>) -> Person {
    Person {
        name: name.to_string(),
        age,
        email: email.map(str::to_string),
        manager,
    }
}

fn people() -> Vec<Person> {
    vec![
        person("ann", Some(41), Some("ann@x.org"), None),
        person("bob", Some(17), None, Some(0)),
        person("cy", None, Some("cy@x.org"), Some(0)),
        person("dee", Some(66), None, Some(2)),
    ]
}

impl fmt::Display for Person {
    // Python: __repr__: f"Person({', '.join(f'{k}={v!r}' for k, v in fields if v is not None)})"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let age = self.age.map(|a| a.to_string());
        let fields = [
            ("name", Some(&self.name)),
            ("age", age.as_ref()),
            ("email", self.email.as_ref()),
        ];
        write!(
            f,
            "Person({})",
            comp![format!("{k}={v:?}") for (k, v) in fields if let Some(v) = v].join(", ")
        )
    }
}

#[test]
fn person_repr_skips_none() {
    let ps = people();
    assert_eq!(
        ps[0].to_string(),
        r#"Person(name="ann", age="41", email="ann@x.org")"#
    );
    assert_eq!(ps[1].to_string(), r#"Person(name="bob", age="17")"#);
}

#[test]
fn adults_if_let_then_if() {
    // Python: [p.name for p in people if p.age is not None and p.age >= 18]
    let ps = people();
    let got = comp![p.name.as_str() for p in &ps if let Some(a) = p.age if a >= 18];
    let mut expected = Vec::new();
    for p in &ps {
        if let Some(a) = p.age {
            if a >= 18 {
                expected.push(p.name.as_str());
            }
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn email_or_default_dict() {
    // Python: {p.name: p.email or "n/a" for p in people}
    let ps = people();
    let got = comp!({p.name.as_str(): p.email.as_deref().unwrap_or("n/a") for p in &ps});
    let mut expected = HashMap::new();
    for p in &ps {
        expected.insert(p.name.as_str(), p.email.as_deref().unwrap_or("n/a"));
    }
    assert_eq!(got, expected);
}

#[test]
fn age_conditional_element() {
    // Python: [p.age if p.age is not None else -1 for p in people]
    let ps = people();
    // first written `p.age.unwrap() as i64 if p.age.is_some() else -1`: clippy's
    // unnecessary_unwrap, as for the same `if`/`else` by hand (my lint, not the macro's)
    let got = comp![match p.age { Some(a) => a as i64, None => -1 } for p in &ps];
    let expected: Vec<i64> = ps.iter().map(|p| p.age.map_or(-1, |a| a as i64)).collect();
    assert_eq!(got, expected);
}

#[test]
fn manager_names_index_other() {
    // Python: [(p.name, people[p.manager].name) for p in people if p.manager is not None]
    let ps = people();
    let got = comp![(p.name.as_str(), ps[m].name.as_str()) for p in &ps if let Some(m) = p.manager];
    let expected = vec![("bob", "ann"), ("cy", "ann"), ("dee", "cy")];
    assert_eq!(got, expected);
}

#[test]
fn dataclass_replace_struct_update() {
    // Python: [dataclasses.replace(p, age=(p.age or 0) + 1) for p in people]
    let ps = people();
    let got = comp![Person { age: Some(p.age.unwrap_or(0) + 1), ..p.clone() } for p in &ps];
    let mut expected = ps.clone();
    for p in &mut expected {
        p.age = Some(p.age.unwrap_or(0) + 1);
    }
    assert_eq!(got, expected);
}

#[test]
fn working_age_chained_unwrap_or() {
    // Python: {p.name for p in people if 18 <= (p.age or 0) < 65}
    let ps = people();
    let got = comp!({p.name.clone() for p in &ps if 18 <= p.age.unwrap_or(0) < 65});
    let expected: HashSet<String> = ps
        .iter()
        .filter(|p| (18..65).contains(&p.age.unwrap_or(0)))
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(got, expected);
    assert_eq!(got.len(), 1);
}

#[test]
fn reports_grouped_by_manager() {
    // Python: {m: [p.name for p in people if p.manager == m] for m in {p.manager for p in people} if m is not None}
    let ps = people();
    let got = comp!({m: [p.name.as_str() for p in &ps if p.manager == Some(m)] for m in {p.manager for p in &ps} if let Some(m) = m});
    let mut expected: HashMap<usize, Vec<&str>> = HashMap::new();
    for p in &ps {
        if let Some(m) = p.manager {
            expected.entry(m).or_default().push(p.name.as_str());
        }
    }
    assert_eq!(got, expected);
}

// --- enums matched in elements and if let clauses

#[derive(Debug, Clone, PartialEq)]
enum Event {
    Click { pos: Vec2, button: u8 },
    Key(char),
    Scroll(i32),
    Resize(u32, u32),
    Quit,
}

impl Event {
    fn kind(&self) -> &'static str {
        match self {
            Event::Click { .. } => "click",
            Event::Key(_) => "key",
            Event::Scroll(_) => "scroll",
            Event::Resize(..) => "resize",
            Event::Quit => "quit",
        }
    }
}

fn events() -> Vec<Event> {
    vec![
        Event::Key('a'),
        Event::Click {
            pos: v2(1, 2),
            button: 0,
        },
        Event::Scroll(-3),
        Event::Key('b'),
        Event::Click {
            pos: v2(5, 5),
            button: 1,
        },
        Event::Resize(800, 600),
        Event::Scroll(2),
        Event::Key('a'),
        Event::Quit,
    ]
}

#[test]
fn click_positions_if_let_struct_variant() {
    // Python: [e.pos for e in events if isinstance(e, Click)]
    let evs = events();
    let got = comp![*pos for e in &evs if let Event::Click { pos, .. } = e];
    let expected: Vec<Vec2> = evs
        .iter()
        .filter_map(|e| {
            if let Event::Click { pos, .. } = e {
                Some(*pos)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn match_in_element() {
    // Python: [describe(e) for e in events] with a match statement in describe
    let evs = events();
    let got = comp![match e {
        Event::Click { button: 0, .. } => "left".to_string(),
        Event::Click { button, .. } => format!("button{button}"),
        Event::Key(c) => c.to_uppercase().to_string(),
        other => other.kind().to_string(),
    } for e in &evs];
    let expected: Vec<String> = evs
        .iter()
        .map(|e| match e {
            Event::Click { button: 0, .. } => "left".to_string(),
            Event::Click { button, .. } => format!("button{button}"),
            Event::Key(c) => c.to_uppercase().to_string(),
            other => other.kind().to_string(),
        })
        .collect();
    assert_eq!(got, expected);
    assert_eq!(got[0], "A");
}

#[test]
fn key_set_from_tuple_variant() {
    // Python: {e.char for e in events if isinstance(e, Key)}
    let evs = events();
    let got = comp!({*c for e in &evs if let Event::Key(c) = e});
    assert_eq!(got, HashSet::from(['a', 'b']));
}

#[test]
fn kind_counts_dict() {
    // Python: {k: sum(1 for e in events if e.kind == k) for k in {e.kind for e in events}}
    let evs = events();
    let got = comp!({k: (1 for e in &evs if e.kind() == k).sum::<usize>() for k in {e.kind() for e in &evs}});
    let mut expected: HashMap<&str, usize> = HashMap::new();
    for e in &evs {
        *expected.entry(e.kind()).or_default() += 1;
    }
    assert_eq!(got, expected);
}

#[test]
fn matches_macro_with_guard_filter() {
    // Python: [e for e in events if isinstance(e, Scroll) and e.delta > 0]
    let evs = events();
    let got = comp![e.clone() for e in &evs if matches!(e, Event::Scroll(d) if *d > 0)];
    assert_eq!(got, vec![Event::Scroll(2)]);
}

#[test]
fn scroll_total_lazy_if_let() {
    // Python: sum(e.delta for e in events if isinstance(e, Scroll))
    let evs = events();
    let total: i32 = comp!((*d for e in &evs if let Event::Scroll(d) = e)).sum();
    let mut expected = 0;
    for e in &evs {
        if let Event::Scroll(d) = e {
            expected += d;
        }
    }
    assert_eq!(total, expected);
}

#[test]
fn resize_area_let_clause_chained() {
    // Python: [w * h for e in events if isinstance(e, Resize) for w, h in [e.size] if 0 < w * h <= 10**6]
    let evs = events();
    let got =
        comp![a for e in &evs if let Event::Resize(w, h) = e let a = w * h if 0 < a <= 1_000_000];
    assert_eq!(got, vec![480_000]);
}

#[test]
fn until_quit_enumerate_conditional_tuple() {
    // Python: [(i, "key" if isinstance(e, Key) else "other") for i, e in enumerate(events) if e != Quit]
    let evs = events();
    let got = comp![(i, "key" if matches!(e, Event::Key(_)) else "other") for (i, e) in evs.iter().enumerate() if *e != Event::Quit];
    let mut expected = Vec::new();
    for (i, e) in evs.iter().enumerate() {
        if *e != Event::Quit {
            expected.push((
                i,
                if matches!(e, Event::Key(_)) {
                    "key"
                } else {
                    "other"
                },
            ));
        }
    }
    assert_eq!(got, expected);
}

// --- generic Inventory<T>

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Category {
    Food,
    Tool,
    Toy,
}

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    price: u32,
    qty: u32,
    category: Category,
    tag: Option<String>,
    discount: Option<u32>,
}

trait Priced {
    fn price(&self) -> u32;
    fn label(&self) -> &str;
}

impl Priced for Item {
    fn price(&self) -> u32 {
        self.price
    }
    fn label(&self) -> &str {
        &self.name
    }
}

struct Inventory<T> {
    label: String,
    items: Vec<T>,
    min_qty: u32,
}

impl<'a, T> IntoIterator for &'a Inventory<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Priced> Inventory<T> {
    // Python: def labels(self): return [it.label for it in self.items]
    fn labels(&self) -> Vec<&str> {
        comp![it.label() for it in &self.items]
    }

    // Python: def price_map(self): return {it.label: it.price for it in self.items}
    fn price_map(&self) -> HashMap<&str, u32> {
        comp!({it.label(): it.price() for it in self.items.iter()})
    }

    // Python: def cheaper_than(self, limit): return (it for it in self.items if it.price < limit)
    fn cheaper_than(&self, limit: u32) -> impl Iterator<Item = &T> + '_ {
        comp!(move (it for it in &self.items if it.price() < limit))
    }

    // Python: def total(self): return sum(it.price for it in self.items)
    fn total(&self) -> u32 {
        comp!((it.price() for it in &self.items)).sum()
    }
}

impl<T: Clone + Ord + std::hash::Hash> Inventory<T> {
    // Python: def unique_sorted(self): return sorted({x for x in self.items})
    fn unique_sorted(&self) -> Vec<T> {
        sorted(comp!({x.clone() for x in &self.items}))
    }

    // Python: def counts(self): return {x: self.items.count(x) for x in self.items}
    fn counts(&self) -> HashMap<&T, usize> {
        comp!({x: self.items.iter().filter(|y| *y == x).count() for x in &self.items})
    }
}

impl Inventory<Item> {
    fn demo() -> Inventory<Item> {
        let it = |name: &str, price, qty, category, tag: Option<&str>, discount| Item {
            name: name.to_string(),
            price,
            qty,
            category,
            tag: tag.map(str::to_string),
            discount,
        };
        Inventory {
            label: "main store room".to_string(),
            items: vec![
                it("apple", 3, 50, Category::Food, Some("fresh"), None),
                it("hammer", 25, 2, Category::Tool, None, Some(5)),
                it("yoyo", 4, 0, Category::Toy, Some("kids"), Some(10)),
                it("bread", 2, 4, Category::Food, Some("fresh"), Some(1)),
                it("saw", 30, 8, Category::Tool, Some("sharp"), None),
            ],
            min_qty: 5,
        }
    }

    // Python: def low_stock(self): return [it.name for it in self.items if it.qty < self.min_qty]
    fn low_stock(&self) -> Vec<String> {
        comp![it.name.clone() for it in &self.items if it.qty < self.min_qty]
    }

    // Python: {c: [it.name for it in self.items if it.category == c] for c in Category}
    fn by_category(&self) -> HashMap<Category, Vec<&str>> {
        comp!({c: [it.name.as_str() for it in &self.items if it.category == c] for c in [Category::Food, Category::Tool, Category::Toy]})
    }

    // Python: {it.tag for it in self.items if it.tag is not None}
    fn tags(&self) -> HashSet<&str> {
        comp!({t.as_str() for it in &self.items if let Some(t) = &it.tag})
    }

    // Python: [(it.name, it.price - d if d < it.price else 0) for it in self.items if (d := it.discount) is not None]
    fn discounted(&self) -> Vec<(String, u32)> {
        comp![(it.name.clone(), it.price - d if d < it.price else 0) for it in &self.items if let Some(d) = it.discount]
    }

    // Python: def restock(self, n): for it in low: it.qty += n; return [it.name for it in low]
    fn restock(&mut self, n: u32) -> Vec<String> {
        comp![{
            it.qty += n;
            it.name.clone()
        } for it in self.items.iter_mut() if it.qty < self.min_qty]
    }

    // Python: def into_names(self): return [it.name for it in self.items]  (consumes)
    fn into_names(self) -> Vec<String> {
        comp![it.name for it in self.items]
    }

    // Python: def value_by_key(self): return {(it.category, it.price // 10): it.price * it.qty for it in self.items}
    fn value_by_key(&self) -> HashMap<(Category, u32), u32> {
        comp!({(it.category, it.price / 10): it.price * it.qty for it in &self.items})
    }

    // Python: words of the label, title-cased: [w.title() for w in self.label.split()]
    fn label_words(&self) -> Vec<String> {
        comp![w[..1].to_uppercase() + &w[1..] for w in self.label.split_whitespace()]
    }
}

#[test]
fn inventory_labels_and_price_map() {
    let inv = Inventory::demo();
    assert_eq!(
        inv.labels(),
        vec!["apple", "hammer", "yoyo", "bread", "saw"]
    );
    let pm = inv.price_map();
    let expected: HashMap<&str, u32> = inv
        .items
        .iter()
        .map(|i| (i.name.as_str(), i.price))
        .collect();
    assert_eq!(pm, expected);
}

#[test]
fn inventory_cheaper_than_and_total() {
    let inv = Inventory::demo();
    let got: Vec<&str> = inv.cheaper_than(5).map(|i| i.name.as_str()).collect();
    assert_eq!(got, vec!["apple", "yoyo", "bread"]);
    assert_eq!(inv.total(), inv.items.iter().map(|i| i.price).sum::<u32>());
}

#[test]
fn inventory_generic_unique_and_counts() {
    let inv = Inventory {
        label: "ints".to_string(),
        items: vec![3, 1, 3, 2, 1, 3],
        min_qty: 0,
    };
    assert_eq!(inv.unique_sorted(), vec![1, 2, 3]);
    let c = inv.counts();
    assert_eq!(c[&3], 3);
    assert_eq!(c[&1], 2);
    assert_eq!(c.len(), 3);
}

#[test]
fn inventory_low_stock_reads_other_field() {
    let inv = Inventory::demo();
    let expected: Vec<String> = inv
        .items
        .iter()
        .filter(|i| i.qty < inv.min_qty)
        .map(|i| i.name.clone())
        .collect();
    assert_eq!(inv.low_stock(), expected);
}

#[test]
fn inventory_by_category_nested_list_values() {
    let inv = Inventory::demo();
    let got = inv.by_category();
    let mut expected: HashMap<Category, Vec<&str>> = HashMap::new();
    for c in [Category::Food, Category::Tool, Category::Toy] {
        expected.insert(c, Vec::new());
    }
    for i in &inv.items {
        expected.get_mut(&i.category).unwrap().push(i.name.as_str());
    }
    assert_eq!(got, expected);
}

#[test]
fn inventory_tags_and_discounts() {
    let inv = Inventory::demo();
    assert_eq!(inv.tags(), HashSet::from(["fresh", "kids", "sharp"]));
    let mut expected = Vec::new();
    for i in &inv.items {
        if let Some(d) = i.discount {
            expected.push((i.name.clone(), i.price.saturating_sub(d)));
        }
    }
    assert_eq!(inv.discounted(), expected);
}

#[test]
fn inventory_restock_mut_self() {
    let mut inv = Inventory::demo();
    let low = inv.low_stock();
    let restocked = inv.restock(10);
    assert_eq!(restocked, low);
    assert_eq!(inv.items[2].qty, 10);
    assert_eq!(inv.items[0].qty, 50);
}

#[test]
fn inventory_into_names_and_tuple_keys() {
    let inv = Inventory::demo();
    let vk = inv.value_by_key();
    let mut expected = HashMap::new();
    for i in &inv.items {
        expected.insert((i.category, i.price / 10), i.price * i.qty);
    }
    assert_eq!(vk, expected);
    assert_eq!(inv.label_words(), vec!["Main", "Store", "Room"]);
    let names = inv.into_names();
    assert_eq!(names.len(), 5);
}

#[test]
fn inventory_iterated_via_into_iterator_ref() {
    // Python: class Inventory: def __iter__(self): return iter(self.items)
    //         [it.name for it in inv if it.qty]
    let inv = Inventory::demo();
    let got = comp![it.name.as_str() for it in &inv if it.qty > 0];
    let expected: Vec<&str> = inv
        .items
        .iter()
        .filter(|i| i.qty > 0)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn sorted_by_key_then_comprehend() {
    // Python: [f"{it.category.name}:{it.name}" for it in sorted(inv.items, key=lambda i: (i.category, -i.price))]
    let inv = Inventory::demo();
    let mut items: Vec<&Item> = inv.items.iter().collect();
    items.sort_by_key(|i| (i.category, std::cmp::Reverse(i.price)));
    let got = comp![format!("{:?}:{}", it.category, it.name) for it in items];
    assert_eq!(
        got,
        vec![
            "Food:apple",
            "Food:bread",
            "Tool:saw",
            "Tool:hammer",
            "Toy:yoyo"
        ]
    );
}

#[test]
fn sorted_block_as_first_iterable() {
    // Python: [it.name for it in sorted(self.items, key=lambda i: i.price * i.qty, reverse=True)][:3]
    let inv = Inventory::demo();
    let top = comp![it.name.as_str() for it in {
        let mut v: Vec<&Item> = inv.items.iter().collect();
        v.sort_by_key(|i| std::cmp::Reverse(i.price * i.qty));
        v
    }.into_iter().take(3)];
    assert_eq!(top, vec!["saw", "apple", "hammer"]);
}

#[test]
fn let_typed_clause_and_method_arg_conditional() {
    // Python: [it.name * (2 if it.qty > 10 else 1) for it in items if (v := it.price * it.qty) > 20]
    let inv = Inventory::demo();
    let got = comp![it.name.repeat(2 if it.qty > 10 else 1) for it in &inv.items let v: u32 = it.price * it.qty if v > 20];
    let mut expected = Vec::new();
    for it in &inv.items {
        if it.price * it.qty > 20 {
            expected.push(it.name.repeat(if it.qty > 10 { 2 } else { 1 }));
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn category_set_ord_sorted() {
    // Python: sorted({it.category for it in inv.items if it.qty})
    let inv = Inventory::demo();
    let got = sorted(comp!({it.category for it in &inv.items if it.qty > 0}));
    assert_eq!(got, vec![Category::Food, Category::Tool]);
}

// --- trait objects

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
    fn scale(&self, k: f64) -> Box<dyn Shape>;
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle({})", self.r)
    }
    fn scale(&self, k: f64) -> Box<dyn Shape> {
        Box::new(Circle { r: self.r * k })
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        format!("rect({}x{})", self.w, self.h)
    }
    fn scale(&self, k: f64) -> Box<dyn Shape> {
        Box::new(Rect {
            w: self.w * k,
            h: self.h * k,
        })
    }
}

struct Scene {
    shapes: Vec<Box<dyn Shape>>,
    min_area: f64,
}

impl Scene {
    fn demo() -> Scene {
        Scene {
            shapes: vec![
                Box::new(Circle { r: 1.0 }),
                Box::new(Rect { w: 2.0, h: 3.0 }),
                Box::new(Rect { w: 1.0, h: 1.0 }),
            ],
            min_area: 2.0,
        }
    }

    // Python: [s.area() for s in self.shapes]
    fn areas(&self) -> Vec<f64> {
        comp![s.area() for s in &self.shapes]
    }

    // Python: [s for s in self.shapes if s.area() > self.min_area]
    fn big(&self) -> Vec<&dyn Shape> {
        comp![s.as_ref() for s in &self.shapes if s.area() > self.min_area]
    }

    // Python: Scene([s.scale(k) for s in self.shapes], self.min_area)
    fn scaled(&self, k: f64) -> Scene {
        Scene {
            shapes: comp![s.scale(k) for s in &self.shapes],
            min_area: self.min_area,
        }
    }

    // Python: def area_iter(self): return (s.area() for s in self.shapes)
    fn area_iter(&self) -> impl Iterator<Item = f64> + '_ {
        comp!((s.area() for s in &self.shapes))
    }

    // Python: def into_names(self): return [s.name() for s in self.shapes]
    fn into_names(self) -> Vec<String> {
        comp![s.name() for s in self.shapes]
    }
}

impl fmt::Display for Scene {
    // Python: def __str__(self): return "; ".join(f"{s.name()}={s.area():.1f}" for s in self.shapes)
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}",
            comp![format!("{}={:.1}", s.name(), s.area()) for s in &self.shapes].join("; ")
        )
    }
}

#[test]
fn scene_areas_and_big() {
    let sc = Scene::demo();
    assert_eq!(sc.areas(), vec![3.0, 6.0, 1.0]);
    let big: Vec<String> = sc.big().iter().map(|s| s.name()).collect();
    assert_eq!(big, vec!["circle(1)", "rect(2x3)"]);
}

#[test]
fn scene_scaled_and_lazy_sum() {
    let sc = Scene::demo().scaled(2.0);
    let total: f64 = sc.area_iter().sum();
    assert_eq!(total, 12.0 + 24.0 + 4.0);
    assert_eq!(
        sc.to_string(),
        "circle(2)=12.0; rect(4x6)=24.0; rect(2x2)=4.0"
    );
    assert_eq!(sc.into_names().len(), 3);
}

#[test]
fn build_boxed_shapes_with_conditional() {
    // Python: [Circle(x) if x > 1 else Rect(x, x) for x in sizes]
    let sizes = vec![0.5, 2.0, 1.0];
    let shapes: Vec<Box<dyn Shape>> = comp![Box::new(Circle { r: x }) if x > 1.0 else Box::new(Rect { w: x, h: x }) for x in sizes.iter().copied()];
    let names = comp![s.name() for s in &shapes];
    assert_eq!(names, vec!["rect(0.5x0.5)", "circle(2)", "rect(1x1)"]);
}

#[test]
fn build_boxed_shapes_expected_type() {
    // Python: [Circle(r) for r in radii]
    let radii = [1.0, 2.0];
    let shapes: Vec<Box<dyn Shape>> = comp![Box::new(Circle { r }) for r in radii];
    let areas = comp![s.area() for s in shapes.iter()];
    assert_eq!(areas, vec![3.0, 12.0]);
}

#[test]
fn shape_name_to_area_dict_chained_float() {
    // Python: {s.name(): s.area() for s in scene.shapes if 1.0 < s.area() <= 6.0}
    let sc = Scene::demo();
    let got = comp!({s.name(): s.area() for s in &sc.shapes if 1.0 < s.area() <= 6.0});
    let mut expected = HashMap::new();
    for s in &sc.shapes {
        let a = s.area();
        if 1.0 < a && a <= 6.0 {
            expected.insert(s.name(), a);
        }
    }
    assert_eq!(got, expected);
}

// --- registry and builder patterns

struct Registry {
    handlers: BTreeMap<String, fn(i32) -> i32>,
    enabled: HashSet<String>,
}

impl Registry {
    fn new() -> Self {
        Registry {
            handlers: BTreeMap::new(),
            enabled: HashSet::new(),
        }
    }

    fn register(mut self, name: &str, f: fn(i32) -> i32, on: bool) -> Self {
        self.handlers.insert(name.to_string(), f);
        if on {
            self.enabled.insert(name.to_string());
        }
        self
    }

    // Python: {name: f(x) for name, f in self.handlers.items() if name in self.enabled}
    fn apply_enabled(&self, x: i32) -> HashMap<&str, i32> {
        comp!({name.as_str(): f(x) for (name, f) in &self.handlers if self.enabled.contains(name)})
    }

    // Python: [[f(x) for f in self.handlers.values()] for x in xs]
    fn table(&self, xs: &[i32]) -> Vec<Vec<i32>> {
        comp![[f(*x) for f in self.handlers.values()] for x in xs]
    }

    // Python: sorted(n for n in self.handlers if n not in self.enabled)
    fn disabled(&self) -> Vec<&String> {
        comp![n for n in self.handlers.keys() if !self.enabled.contains(n)]
    }
}

fn registry() -> Registry {
    Registry::new()
        .register("double", |x| x * 2, true)
        .register("neg", |x| -x, false)
        .register("square", |x| x * x, true)
}

#[test]
fn registry_apply_enabled() {
    let reg = registry();
    let got = reg.apply_enabled(3);
    assert_eq!(got, HashMap::from([("double", 6), ("square", 9)]));
}

#[test]
fn registry_table_nested_and_disabled() {
    let reg = registry();
    assert_eq!(reg.table(&[1, 2]), vec![vec![2, -1, 1], vec![4, -2, 4]]);
    assert_eq!(reg.disabled(), vec!["neg"]);
}

#[test]
fn registry_compose_all_fold_in_element() {
    // Python: [functools.reduce(lambda acc, f: f(acc), reg.handlers.values(), x) for x in xs]
    let reg = registry();
    let xs = vec![1, 2, 3];
    let got = comp![reg.handlers.values().fold(x, |acc, f| f(acc)) for x in xs.iter().copied()];
    let expected: Vec<i32> = xs.iter().map(|&x| -(x * 2) * -(x * 2)).collect();
    assert_eq!(got, expected);
}

#[derive(Default, Clone)]
struct QueryBuilder {
    table: String,
    filters: Vec<(String, String)>,
    limit: Option<usize>,
}

impl QueryBuilder {
    fn table(mut self, t: &str) -> Self {
        self.table = t.to_string();
        self
    }
    fn filter(mut self, k: &str, v: &str) -> Self {
        self.filters.push((k.to_string(), v.to_string()));
        self
    }
    fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }

    // Python: where = " AND ".join(f"{k} = '{v}'" for k, v in self.filters)
    fn build(&self) -> String {
        let wh = comp![format!("{k} = '{v}'") for (k, v) in &self.filters].join(" AND ");
        let parts = comp![p for p in [
            format!("SELECT * FROM {}", self.table),
            String::new() if wh.is_empty() else format!("WHERE {wh}"),
            self.limit.map_or(String::new(), |n| format!("LIMIT {n}")),
        ] if !p.is_empty()];
        parts.join(" ")
    }
}

#[test]
fn builder_chains_in_element() {
    // Python: [QueryBuilder().table(t).limit(n) for t, n in specs]
    let specs = vec![("users", 10), ("orders", 0)];
    let qs = comp![QueryBuilder::default().table(t).limit(n) if n > 0 else QueryBuilder::default().table(t) for (t, n) in specs];
    let sqls = comp![q.build() for q in qs];
    assert_eq!(
        sqls,
        vec!["SELECT * FROM users LIMIT 10", "SELECT * FROM orders"]
    );
}

#[test]
fn builder_filters_from_dict() {
    // Python: q = QueryBuilder().table("t"); [q.filter(k, v) ...] -> reduce
    let conds = BTreeMap::from([("a", "1"), ("b", "2")]);
    let q = conds
        .iter()
        .fold(QueryBuilder::default().table("t"), |q, (k, v)| {
            q.filter(k, v)
        });
    assert_eq!(q.build(), "SELECT * FROM t WHERE a = '1' AND b = '2'");
    // Python: {k: v for k, v in q.filters if k != "b"}
    let got = comp!({k.as_str(): v.as_str() for (k, v) in &q.filters if k != "b"});
    assert_eq!(got, HashMap::from([("a", "1")]));
}

// --- Matrix with Display and operator methods

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl Matrix {
    fn cols(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }

    // Python: Matrix([[row[j] for row in self.rows] for j in range(self.cols())])
    fn transpose(&self) -> Matrix {
        Matrix {
            rows: comp![[row[j] for row in &self.rows] for j in 0..self.cols()],
        }
    }

    // Python: [[sum(a * b for a, b in zip(row, col)) for col in other.T.rows] for row in self.rows]
    fn matmul(&self, other: &Matrix) -> Matrix {
        let t = other.transpose();
        Matrix {
            rows: comp![[(a * b for (a, b) in row.iter().zip(col)).sum() for col in &t.rows] for row in &self.rows],
        }
    }

    // Python: [self.rows[i][i] for i in range(min(len(self.rows), self.cols()))]
    fn diag(&self) -> Vec<i32> {
        comp![self.rows[i][i] for i in 0..self.rows.len().min(self.cols())]
    }
}

impl fmt::Display for Matrix {
    // Python: "\n".join(" ".join(str(c) for c in row) for row in self.rows)
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&comp![[c.to_string() for c in row].join(" ") for row in &self.rows].join("\n"))
    }
}

#[test]
fn matrix_transpose_matmul_diag_display() {
    let m = Matrix {
        rows: vec![vec![1, 2, 3], vec![4, 5, 6]],
    };
    assert_eq!(m.transpose().rows, vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    let p = m.matmul(&m.transpose());
    // hand: [[1+4+9, 4+10+18], [.., 16+25+36]]
    assert_eq!(p.rows, vec![vec![14, 32], vec![32, 77]]);
    assert_eq!(p.diag(), vec![14, 77]);
    assert_eq!(m.to_string(), "1 2 3\n4 5 6");
}

// --- FromStr classmethods and `?`

#[derive(Debug, PartialEq, PartialOrd)]
struct Money(u32);

impl std::str::FromStr for Vec2 {
    type Err = String;
    // Python: @classmethod def parse(cls, s): x, y = s.split(","); return cls(int(x), int(y))
    fn from_str(s: &str) -> Result<Vec2, String> {
        let parts =
            comp![p.trim().parse::<i32>().map_err(|e| e.to_string())? for p in s.split(',')]?;
        match parts.as_slice() {
            [x, y] => Ok(v2(*x, *y)),
            _ => Err(format!("bad point {s:?}")),
        }
    }
}

#[test]
fn parse_points_question_mark() {
    // Python: [Vec2.parse(s) for s in lines]  (raises on the first bad one)
    let good = vec!["1, 2", "3,4"];
    let got: Result<Vec<Vec2>, String> = comp![s.parse::<Vec2>()? for s in &good];
    assert_eq!(got, Ok(vec![v2(1, 2), v2(3, 4)]));
    let bad = vec!["1,2", "x,3", "1"];
    let got = comp![s.parse::<Vec2>()? for s in &bad];
    assert!(got.is_err());
    assert_eq!(
        bad.iter()
            .map(|s| s.parse::<Vec2>())
            .collect::<Result<Vec<_>, _>>(),
        got
    );
}

#[test]
fn lookup_option_question_mark_method() {
    // Python: [inv.find(n).price for n in names]  (None if any is missing)
    let inv = Inventory::demo();
    let find = |n: &str| inv.items.iter().find(|i| i.name == n);
    let names = ["saw", "apple"];
    let got = comp![find(n)?.price for n in names];
    assert_eq!(got, Some(vec![30, 3]));
    let got2 = comp![find(n)?.price for n in ["saw", "drill"]];
    assert_eq!(got2, None);
}

#[test]
fn money_ordered_chained_with_constructor_operands() {
    // Python: [m for m in wallet if Money(5) <= m < Money(100)]
    let wallet = vec![Money(1), Money(5), Money(50), Money(100)];
    let got = comp![m.0 for m in &wallet if Money(5) <= *m < Money(100)];
    assert_eq!(got, vec![5, 50]);
}

// --- lazy methods, move, owning iteration

struct Counter {
    counts: HashMap<String, u32>,
    threshold: u32,
}

impl Counter {
    fn from_text(text: &str) -> Counter {
        let mut counts = HashMap::new();
        for w in text.split_whitespace() {
            *counts.entry(w.to_lowercase()).or_insert(0) += 1;
        }
        Counter {
            counts,
            threshold: 2,
        }
    }

    // Python: def frequent(self): return (w for w, n in self.counts.items() if n >= self.threshold)
    fn frequent(&self) -> impl Iterator<Item = &str> + '_ {
        comp!((w.as_str() for (w, n) in &self.counts if *n >= self.threshold))
    }

    // Python: def most_common(self, k): return [w for w, _ in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
    fn most_common(&self, k: usize) -> Vec<(&str, u32)> {
        let mut kv = comp![(w.as_str(), *n) for (w, n) in &self.counts];
        kv.sort_by_key(|(w, n)| (std::cmp::Reverse(*n), *w));
        comp![e for e in kv.into_iter().take(k)]
    }

    // Python: def into_items(self): return ((w, n) for w, n in self.counts.items())  (consumes)
    fn into_sorted_words(self) -> Vec<String> {
        sorted(comp!((w for (w, _) in self.counts)))
    }
}

#[test]
fn counter_frequent_lazy_reads_self_field() {
    let c = Counter::from_text("a b A c b a d");
    let got = sorted(c.frequent());
    assert_eq!(got, vec!["a", "b"]);
}

#[test]
fn counter_most_common_and_consume() {
    let c = Counter::from_text("x y x z y x");
    assert_eq!(c.most_common(2), vec![("x", 3), ("y", 2)]);
    assert_eq!(c.into_sorted_words(), vec!["x", "y", "z"]);
}

#[test]
fn moved_lazy_returned_from_fn() {
    // Python: def shifted(pts, d): return (p + d for p in pts)
    fn shifted(pts: Vec<Vec2>, d: Vec2) -> impl Iterator<Item = Vec2> {
        comp!(move (p + d for p in pts))
    }
    let got: Vec<Vec2> = shifted(vec![v2(0, 0), v2(1, 1)], v2(2, 3)).collect();
    assert_eq!(got, vec![v2(2, 3), v2(3, 4)]);
}

#[test]
fn lazy_nested_for_over_self_fields() {
    // Python: ((a.name, b.name) for a in inv.items for b in inv.items if a.category == b.category and a.name < b.name)
    let inv = Inventory::demo();
    let pairs: Vec<(&str, &str)> = comp!((a.name.as_str(), b.name.as_str()) for a in &inv.items for b in &inv.items if a.category == b.category && a.name < b.name);
    let mut expected = Vec::new();
    for a in &inv.items {
        for b in &inv.items {
            if a.category == b.category && a.name < b.name {
                expected.push((a.name.as_str(), b.name.as_str()));
            }
        }
    }
    assert_eq!(pairs, expected);
    let n = comp!(((a, b) for a in &inv.items for b in &inv.items if a.category == b.category && a.name < b.name)).count();
    assert_eq!(n, expected.len());
}

#[test]
fn temporary_first_iterable_rev_take() {
    // Python: [str(p) for p in reversed(poly.points[-2:])]
    let sq = Polygon::square();
    let got = comp![p.to_string() for p in sq.points.iter().rev().take(2)];
    assert_eq!(got, vec!["(0, 2)", "(2, 2)"]);
}

#[test]
fn dict_of_sets_by_quadrant() {
    // Python: {q: {p for p in pts if quadrant(p) == q} for q in range(4)}
    let pts = vec![v2(1, 1), v2(-1, 1), v2(-1, -1), v2(2, 3), v2(1, -5)];
    let quadrant = |p: &Vec2| match (p.x >= 0, p.y >= 0) {
        (true, true) => 0,
        (false, true) => 1,
        (false, false) => 2,
        (true, false) => 3,
    };
    let got = comp!({q: {*p for p in &pts if quadrant(p) == q} for q in 0..4});
    let mut expected: HashMap<i32, HashSet<Vec2>> = (0..4).map(|q| (q, HashSet::new())).collect();
    for p in &pts {
        expected.get_mut(&quadrant(p)).unwrap().insert(*p);
    }
    assert_eq!(got, expected);
}

// --- async methods of a client struct

struct Client {
    latency: std::time::Duration,
    db: HashMap<u32, String>,
}

impl Client {
    fn new() -> Client {
        Client {
            latency: std::time::Duration::from_millis(100),
            db: HashMap::from([
                (1, "one".to_string()),
                (2, "two".to_string()),
                (3, "three".to_string()),
            ]),
        }
    }

    async fn get(&self, id: u32) -> Result<String, String> {
        tokio::time::sleep(self.latency).await;
        self.db.get(&id).cloned().ok_or(format!("missing {id}"))
    }

    // Python: async def get_all(self, ids): return [await self.get(i) for i in ids]
    async fn get_all(&self, ids: &[u32]) -> Result<Vec<String>, String> {
        acomp![self.get(*id).await? for id in ids]
    }

    // Python: return await asyncio.gather(*[self.get(i) for i in ids], return_exceptions=True)
    async fn get_many(&self, ids: Vec<u32>) -> Vec<Option<String>> {
        acomp![self.get(id).await.ok() for id in ids; concurrency = 4]
    }

    // Python: {i: len(await self.get(i)) for i in ids if i in self.db}
    async fn lengths(&self, ids: &[u32]) -> HashMap<u32, usize> {
        acomp!({*i: self.get(*i).await.map_or(0, |s| s.len()) for i in ids if self.db.contains_key(i)})
    }
}

#[tokio::test(start_paused = true)]
async fn client_get_all_question() {
    let c = Client::new();
    let t0 = tokio::time::Instant::now();
    assert_eq!(
        c.get_all(&[1, 2]).await,
        Ok(vec!["one".to_string(), "two".to_string()])
    );
    assert_eq!(t0.elapsed(), std::time::Duration::from_millis(200));
    assert_eq!(c.get_all(&[1, 9, 2]).await, Err("missing 9".to_string()));
}

#[tokio::test(start_paused = true)]
async fn client_get_many_concurrent() {
    let c = Client::new();
    let t0 = tokio::time::Instant::now();
    let got = c.get_many(vec![3, 9, 1, 2]).await;
    assert_eq!(t0.elapsed(), std::time::Duration::from_millis(100));
    assert_eq!(
        got,
        vec![
            Some("three".to_string()),
            None,
            Some("one".to_string()),
            Some("two".to_string())
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn client_lengths_dict() {
    let c = Client::new();
    let got = c.lengths(&[1, 3, 7]).await;
    assert_eq!(got, HashMap::from([(1, 3), (3, 5)]));
}

#[tokio::test(start_paused = true)]
async fn client_await_in_filter_and_prefix_await() {
    // Python: [i for i in ids if len(await c.get(i) or "") > 3]
    let c = Client::new();
    let ids = vec![1, 2, 3, 4];
    let got = acomp![i for i in ids.iter().copied() if (await c.get(i)).map_or(0, |s| s.len()) > 3];
    let mut expected = Vec::new();
    for i in &ids {
        if c.get(*i).await.map_or(0, |s| s.len()) > 3 {
            expected.push(*i);
        }
    }
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn client_lazy_stream_of_vec2() {
    // Python: (Vec2(i, len(await c.get(i))) async for ...)  -> lazy over ids
    use futures::StreamExt;
    let c = Client::new();
    let s = acomp!((v2(i as i32, c.get(i).await.unwrap_or_default().len() as i32) for i in 1..=3));
    let got: Vec<Vec2> = s.collect().await;
    assert_eq!(got, vec![v2(1, 3), v2(2, 3), v2(3, 5)]);
}

// --- rayon

#[cfg(feature = "rayon")]
#[test]
fn parallel_norms_of_polygon() {
    // Python: with ProcessPoolExecutor() as ex: list(ex.map(lambda p: p.norm2(), pts))
    let pts: Vec<Vec2> = (0..1000).map(|i| v2(i % 7, i % 11)).collect();
    let got = comp![p.norm2() for p in &pts if 0 < p.x <= 3; parallel];
    let expected: Vec<i32> = pts
        .iter()
        .filter(|p| 0 < p.x && p.x <= 3)
        .map(|p| p.norm2())
        .collect();
    assert_eq!(got, expected);
}

// --- more class shapes: __iter__/__next__ classes, &mut self lazies, conditional keys

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    // Python: def __next__(self): if self.n == 0: raise StopIteration; self.n -= 1; return self.n + 1
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            return None;
        }
        self.n -= 1;
        Some(self.n + 1)
    }
}

#[test]
fn struct_literal_as_first_iterable() {
    // Python: [x * x for x in Countdown(n=4) if x % 2 == 0]
    let got = comp![x * x for x in Countdown { n: 4 } if x % 2 == 0];
    assert_eq!(got, vec![16, 4]);
}

// FOUND (fixed: a later `for` over a struct literal gets the expansion's parentheses; test `struct_literals_as_later_iterables`): comp![(k, x) for k in 1..3 for x in Countdown { n: k }] -> error: struct literals are not allowed here (help: surround the struct literal with parentheses) (the first iterable `for x in Countdown { n: 4 }` is accepted, test above; reference section 2: `FOR := 'for' PAT 'in' EXPR` at any position, and the macro knows where the iterable ends)
#[test]
fn struct_literal_as_inner_iterable() {
    // Python: [(k, x) for k in range(1, 3) for x in Countdown(n=k)]
    // fix: parentheses, as rustc's help says
    let got = comp![(k, x) for k in 1..3 for x in (Countdown { n: k })];
    let mut expected = Vec::new();
    for k in 1..3 {
        for x in (1..=k).rev() {
            expected.push((k, x));
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn lazy_struct_literal_iterable() {
    // Python: sum(x for x in Countdown(n=5))
    let total: u32 = comp!((x for x in Countdown { n: 5 })).sum();
    assert_eq!(total, 15);
}

impl Inventory<Item> {
    // Python: def empties(self): return (it for it in self.items if it.qty == 0)  (mutable view)
    fn empties_mut(&mut self) -> impl Iterator<Item = &mut Item> + '_ {
        comp!((it for it in self.items.iter_mut() if it.qty == 0))
    }

    // Python: def below_min(self): return (it for it in self.items if it.qty < self.min_qty)
    fn below_min_mut(&mut self) -> impl Iterator<Item = &mut Item> + '_ {
        comp!((it for it in self.items.iter_mut() if it.qty < self.min_qty))
    }

    // Python: {(it.name if it.qty else it.name.upper()): it.qty for it in self.items}
    fn stock_labels(&self) -> HashMap<String, u32> {
        comp!({it.name.clone() if it.qty > 0 else it.name.to_uppercase(): it.qty for it in &self.items})
    }

    // Python: [it.name for it in self.items if (tag := it.tag) is not None and tag.startswith(prefix)]
    fn tagged_with(&self, prefix: &str) -> Vec<&str> {
        comp![it.name.as_str() for it in &self.items if let Some(tag) = &it.tag if tag.starts_with(prefix)]
    }
}

#[test]
fn inventory_mut_lazy_views() {
    let mut inv = Inventory::demo();
    for it in inv.empties_mut() {
        it.qty = 1;
    }
    assert_eq!(inv.items[2].qty, 1);
    let n = inv.below_min_mut().map(|it| it.qty += 100).count();
    let expected = 3; // hammer 2, yoyo 1, bread 4 are below 5
    assert_eq!(n, expected);
    assert_eq!(inv.items[1].qty, 102);
}

#[test]
fn inventory_conditional_dict_key_and_tagged() {
    let inv = Inventory::demo();
    let got = inv.stock_labels();
    let mut expected = HashMap::new();
    for it in &inv.items {
        let k = if it.qty > 0 {
            it.name.clone()
        } else {
            it.name.to_uppercase()
        };
        expected.insert(k, it.qty);
    }
    assert_eq!(got, expected);
    assert!(got.contains_key("YOYO"));
    assert_eq!(inv.tagged_with("fr"), vec!["apple", "bread"]);
}

#[test]
fn option_ord_chained() {
    // Python (None sorts first in a key): [p.name for p in people if (0, 18) <= key(p.age) < (0, 65)]
    // Rust's Option is Ord with None < Some: Some(18) <= p.age < Some(65)
    let ps = people();
    let got = comp![p.name.as_str() for p in &ps if Some(18) <= p.age < Some(65)];
    let expected: Vec<&str> = ps
        .iter()
        .filter(|p| Some(18) <= p.age && p.age < Some(65))
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn closures_capturing_self_fields() {
    // Python: [lambda x, it=it: x * it.price for it in inv.items]
    let inv = Inventory::demo();
    let fs = comp![move |x: u32| x * it.price for it in &inv.items];
    let got = comp![f(2) for f in &fs];
    let expected: Vec<u32> = inv.items.iter().map(|it| 2 * it.price).collect();
    assert_eq!(got, expected);
}

#[test]
fn boxed_dyn_iterator_method() {
    // Python: def names(self, upper): return (n.upper() for n in ...) if upper else (n for n in ...)
    fn names(inv: &Inventory<Item>, upper: bool) -> Box<dyn Iterator<Item = String> + '_> {
        if upper {
            Box::new(comp!((it.name.to_uppercase() for it in &inv.items)))
        } else {
            Box::new(comp!((it.name.clone() for it in &inv.items)))
        }
    }
    let inv = Inventory::demo();
    let up: Vec<String> = names(&inv, true).collect();
    let low: Vec<String> = names(&inv, false).collect();
    assert_eq!(up, comp![s.to_uppercase() for s in &low]);
    assert_eq!(low[0], "apple");
}

#[test]
fn lazy_question_over_self_method() {
    // Python: (Vec2.parse(s) for s in self.raw)  -> stops at the first error
    struct Raw {
        lines: Vec<&'static str>,
    }
    impl Raw {
        fn points(&self) -> impl Iterator<Item = Result<Vec2, String>> + '_ {
            comp!((s.parse::<Vec2>()? for s in &self.lines))
        }
    }
    let raw = Raw {
        lines: vec!["1,1", "2,x", "3,3"],
    };
    let got: Vec<Result<Vec2, String>> = raw.points().collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], Ok(v2(1, 1)));
    assert!(got[1].is_err());
}

#[test]
fn enum_match_as_inner_iterable() {
    // Python: [v for e in events for v in (e.pos.x, e.pos.y) if isinstance(e, Click) else ()]
    let evs = events();
    let got = comp![v for e in &evs for v in match e {
        Event::Click { pos, .. } => vec![pos.x, pos.y],
        Event::Scroll(d) => vec![*d],
        _ => vec![],
    }];
    let mut expected = Vec::new();
    for e in &evs {
        match e {
            Event::Click { pos, .. } => expected.extend([pos.x, pos.y]),
            Event::Scroll(d) => expected.push(*d),
            _ => {}
        }
    }
    assert_eq!(got, expected);
}

impl Polygon {
    fn bbox(&self) -> (Vec2, Vec2) {
        let lo = v2(
            self.points.iter().map(|p| p.x).min().unwrap_or(0),
            self.points.iter().map(|p| p.y).min().unwrap_or(0),
        );
        let hi = v2(
            self.points.iter().map(|p| p.x).max().unwrap_or(0),
            self.points.iter().map(|p| p.y).max().unwrap_or(0),
        );
        (lo, hi)
    }
}

#[test]
fn let_tuple_pattern_from_method() {
    // Python: [f"{lo}-{hi}" for p in polys for lo, hi in [p.bbox()] if lo != hi]
    let polys = vec![
        Polygon::square(),
        Polygon {
            name: "dot".into(),
            points: vec![v2(1, 1)],
        },
        Polygon::square().translated(v2(5, 5)),
    ];
    let got =
        comp![format!("{}:{lo}-{hi}", p.name) for p in &polys let (lo, hi) = p.bbox() if lo != hi];
    assert_eq!(got, vec!["sq:(0, 0)-(2, 2)", "sq:(5, 5)-(7, 7)"]);
}

#[test]
fn walrus_in_dict_value_from_self_method() {
    // Python: {s.name(): a for s in scene.shapes if (a := s.area()) >= scene.min_area}
    let sc = Scene::demo();
    let got = comp!({s.name(): a for s in &sc.shapes if (a := s.area()) >= sc.min_area});
    let mut expected = HashMap::new();
    for s in &sc.shapes {
        if s.area() >= sc.min_area {
            expected.insert(s.name(), s.area());
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn generic_fn_over_trait_bound() {
    // Python: def expensive(inv, limit): return {it.label for it in inv if it.price > limit}
    fn expensive<T: Priced>(inv: &Inventory<T>, limit: u32) -> HashSet<&str> {
        comp!({it.label() for it in inv if it.price() > limit})
    }
    let inv = Inventory::demo();
    assert_eq!(expensive(&inv, 10), HashSet::from(["hammer", "saw"]));
}

#[test]
fn deref_literal_chained_on_copied_refs() {
    // Python: [q for q in qtys if 0 < q <= 10]
    let inv = Inventory::demo();
    let qtys: Vec<&u32> = comp![&it.qty for it in &inv.items];
    let got = comp![**q for q in &qtys if 0 < **q <= 10];
    let expected: Vec<u32> = inv
        .items
        .iter()
        .map(|i| i.qty)
        .filter(|&q| 0 < q && q <= 10)
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn nested_sorted_groups_btree() {
    // Python: {c: sorted(it.price for it in items if it.category == c) for c in sorted({it.category for it in items})}
    let inv = Inventory::demo();
    let got: BTreeMap<Category, Vec<u32>> = comp![(c, sorted((it.price for it in &inv.items if it.category == c))) for c in sorted({it.category for it in &inv.items})]
        .into_iter()
        .collect();
    let mut expected: BTreeMap<Category, Vec<u32>> = BTreeMap::new();
    for it in &inv.items {
        expected.entry(it.category).or_default().push(it.price);
    }
    for v in expected.values_mut() {
        v.sort();
    }
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn client_async_for_stream_of_ids() {
    // Python: [await c.get(i) async for i in c.ids()]
    use futures::stream;
    let c = Client::new();
    let ids = stream::iter(vec![2u32, 3]);
    let got = acomp![c.get(i).await.unwrap_or_default() async for i in ids];
    assert_eq!(got, vec!["two".to_string(), "three".to_string()]);
}

#[tokio::test(start_paused = true)]
async fn client_concurrency_conditional_and_question() {
    // Python: await asyncio.gather(*[c.get(i) for i in ids])  (raises on the first error)
    let c = Client::new();
    let ids = vec![1u32, 2, 3];
    let fast = true;
    let t0 = tokio::time::Instant::now();
    let got: Result<Vec<String>, String> =
        acomp![c.get(i).await? for i in ids.iter().copied(); concurrency = 3 if fast else 1];
    assert_eq!(t0.elapsed(), std::time::Duration::from_millis(100));
    let expected: Vec<String> = ids.iter().map(|i| c.db[i].clone()).collect();
    assert_eq!(got, Ok(expected));
}

// --- operators, walrus keys and generic maps

#[test]
fn chained_with_operator_operand_and_conditional_factor() {
    // Python: [p * (2 if p.x > 0 else -1) for p in pts if Vec2(0, 0) <= p + d < Vec2(3, 3)]
    let pts = vec![v2(0, 0), v2(1, 2), v2(-1, 5), v2(2, -1), v2(3, 3)];
    let d = v2(0, 1);
    let got = comp![*p * (2 if p.x > 0 else -1) for p in &pts if v2(0, 0) <= *p + d < v2(3, 3)];
    let mut expected = Vec::new();
    for p in &pts {
        let s = *p + d;
        if v2(0, 0) <= s && s < v2(3, 3) {
            expected.push(*p * if p.x > 0 { 2 } else { -1 });
        }
    }
    assert_eq!(got, expected);
}

#[test]
fn walrus_in_dict_key_used_by_value() {
    // Python: {(n := p.norm2()): n > 4 for p in pts}
    let pts = vec![v2(1, 1), v2(2, 1), v2(0, 3), v2(1, -1)];
    let got = comp!({(n := p.norm2()): n > 4 for p in &pts});
    let expected: HashMap<i32, bool> = pts.iter().map(|p| (p.norm2(), p.norm2() > 4)).collect();
    assert_eq!(got, expected);
}

#[test]
fn fold_of_operator_type_in_element() {
    // Python: [sum(poly.points, Vec2()) for poly in polys]
    let polys = vec![Polygon::square(), Polygon::square().translated(v2(1, 1))];
    let got = comp![p.points.iter().fold(Vec2::default(), |a, b| a + *b) for p in &polys];
    assert_eq!(got, vec![v2(4, 4), v2(8, 8)]);
}

impl<T> Inventory<T> {
    // Python: def map(self, f): return Inventory(self.label, [f(x) for x in self.items], self.min_qty)
    fn map<U>(&self, f: impl Fn(&T) -> U) -> Inventory<U> {
        Inventory {
            label: self.label.clone(),
            items: comp![f(x) for x in &self.items],
            min_qty: self.min_qty,
        }
    }
}

#[derive(Debug, PartialEq)]
struct Row {
    idx: usize,
    name: String,
}

#[test]
fn generic_map_and_shorthand_struct_elements() {
    // Python: [Row(idx=i, name=n) for i, n in enumerate(inv.map(lambda it: it.name).items)]
    let inv = Inventory::demo();
    let names = inv.map(|it| it.name.clone());
    let rows = comp![Row { idx, name } for (idx, name) in names.items.into_iter().enumerate() if idx % 2 == 0];
    let expected = vec![
        Row {
            idx: 0,
            name: "apple".into(),
        },
        Row {
            idx: 2,
            name: "yoyo".into(),
        },
        Row {
            idx: 4,
            name: "saw".into(),
        },
    ];
    assert_eq!(rows, expected);
}

#[test]
fn nested_generator_inside_format_in_element() {
    // Python: [f"{it.name}:{sum(1 for t in [it.tag] if t)}" for it in items]
    let inv = Inventory::demo();
    let got = comp![format!("{}:{}", it.name, (t for t in it.tag.iter() if !t.is_empty()).count()) for it in &inv.items];
    let expected: Vec<String> = inv
        .items
        .iter()
        .map(|it| format!("{}:{}", it.name, usize::from(it.tag.is_some())))
        .collect();
    assert_eq!(got, expected);
}

#[tokio::test(start_paused = true)]
async fn client_lazy_concurrency_stream() {
    // Python: async generator over gather-in-batches of self.get
    use futures::StreamExt;
    let c = Client::new();
    let ids = vec![1u32, 2, 3, 4];
    let t0 = tokio::time::Instant::now();
    let s = acomp!((c.get(i).await.is_ok() for i in ids.iter().copied()); concurrency = 2);
    let got: Vec<bool> = s.collect().await;
    assert_eq!(t0.elapsed(), std::time::Duration::from_millis(200));
    assert_eq!(got, comp![c.db.contains_key(i) for i in &ids]);
}

// --- self fields on both ends, nested lazies over self

struct PriceBand {
    lo: u32,
    hi: u32,
    items: Vec<Item>,
}

impl PriceBand {
    // Python: [it.name for it in self.items if self.lo <= it.price <= self.hi]
    fn in_band(&self) -> Vec<&str> {
        comp![it.name.as_str() for it in &self.items if self.lo <= it.price <= self.hi]
    }

    // Python: ((a.name, b.name) for a in self.items for b in self.items if a.price + b.price <= self.hi)
    fn pairs_within(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        comp!(((a.name.as_str(), b.name.as_str()) for a in self.items.iter() for b in self.items.iter() if a.name < b.name && a.price + b.price <= self.hi))
    }

    // Python: {it.category: it.price - self.lo for it in self.items if it.price >= self.lo}
    fn over_lo(&self) -> HashMap<Category, u32> {
        comp!({it.category: it.price - self.lo for it in &self.items if it.price >= self.lo})
    }
}

#[test]
fn band_self_fields_both_ends() {
    let band = PriceBand {
        lo: 3,
        hi: 25,
        items: Inventory::demo().items,
    };
    let expected: Vec<&str> = band
        .items
        .iter()
        .filter(|i| 3 <= i.price && i.price <= 25)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(band.in_band(), expected);
    let pairs: Vec<(&str, &str)> = band.pairs_within().collect();
    let mut exp = Vec::new();
    for a in &band.items {
        for b in &band.items {
            if a.name < b.name && a.price + b.price <= 25 {
                exp.push((a.name.as_str(), b.name.as_str()));
            }
        }
    }
    assert_eq!(pairs, exp);
    let mut over = HashMap::new();
    for it in &band.items {
        if it.price >= 3 {
            over.insert(it.category, it.price - 3);
        }
    }
    assert_eq!(band.over_lo(), over);
}

#[test]
fn if_let_let_walrus_together_on_events() {
    // Python: [(b, n) for e in events if isinstance(e, Click) for b in [e.button] if (n := e.pos.norm2()) > b]
    let evs = events();
    let got = comp![(b, n) for e in &evs if let Event::Click { pos, button } = e let b = i32::from(*button) if (n := pos.norm2()) > b];
    let mut expected = Vec::new();
    for e in &evs {
        if let Event::Click { pos, button } = e {
            let b = i32::from(*button);
            let n = pos.norm2();
            if n > b {
                expected.push((b, n));
            }
        }
    }
    assert_eq!(got, expected);
}
