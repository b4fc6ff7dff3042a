//! mistake: left an extra closing parenthesis in the percent-change element
//! offending: ) * 100.0)
//! category: syntax
use comprehensions::comp;

struct Bar {
    open: f64,
    close: f64,
}

fn main() {
    let bars = vec![Bar { open: 100.0, close: 101.2 }, Bar { open: 101.2, close: 99.9 }];
    let pct = comp![(b.close - b.open) / b.open) * 100.0) for b in &bars];
    println!("{pct:?}");
}
