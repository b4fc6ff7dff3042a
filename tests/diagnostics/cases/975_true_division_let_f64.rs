//! mistake: Python's true division `hits / total` between integers, bound to an `f64`
//! offending: hits / total
//! category: python-habit
use comprehensions::comp;

struct Stat {
    name: &'static str,
    hits: u32,
    total: u32,
}

fn main() {
    let stats = vec![Stat { name: "cache", hits: 93, total: 120 }, Stat { name: "db", hits: 7, total: 9 }];
    let rates = comp![(s.name, rate) for s in &stats let (hits, total) = (s.hits, s.total) let rate: f64 = hits / total];
    println!("{rates:?}");
}
