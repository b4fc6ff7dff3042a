//! mistake: Python's `sum(gen) / len(rows)` divides an f64 by a usize
//! offending: / rows.len()
//! category: python-habit
use comprehensions::comp;

struct Run {
    ms: f64,
}

fn main() {
    let rows = vec![Run { ms: 12.5 }, Run { ms: 8.0 }];
    let mean = comp!((r.ms for r in &rows)).sum::<f64>() / rows.len();
    println!("{mean}");
}
