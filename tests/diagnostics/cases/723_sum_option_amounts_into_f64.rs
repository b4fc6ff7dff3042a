//! mistake: sums a generator of `Option<f64>` fields into an `f64`, as `sum(r.amount for r in rows)` with None skipped in Python by a filter forgotten here
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Payment {
    amount: Option<f64>,
}

fn main() {
    let rows = vec![Payment { amount: Some(10.0) }, Payment { amount: None }];
    let total: f64 = comp!((r.amount for r in &rows)).sum();
    println!("{total}");
}
