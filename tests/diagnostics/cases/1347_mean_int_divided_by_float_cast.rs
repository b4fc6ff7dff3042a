//! mistake: Python's true division `r.total / r.count` ported with only the divisor cast, `u32 / f64`
//! offending: r.total / r.count as f64
//! category: type
use comprehensions::comp;

struct Stats {
    total: u32,
    count: u32,
}

fn averages(rows: &[Stats]) -> Vec<f64> {
    comp![r.total / r.count as f64 for r in rows]
}

fn main() {
    println!("{:?}", averages(&[Stats { total: 10, count: 4 }]));
}
