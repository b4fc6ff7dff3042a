//! mistake: a walrus assigns to a struct field, `(stats.max := ..)`, as Python forbids too
//! offending: stats.max
//! category: python-habit
use comprehensions::comp;

struct Stats {
    max: u32,
}

fn main() {
    let stats = Stats { max: 0 };
    let readings = vec![3u32, 9, 4];
    let big = comp![r for r in &readings if (stats.max := *r) > 5];
    println!("{big:?} {}", stats.max);
}
