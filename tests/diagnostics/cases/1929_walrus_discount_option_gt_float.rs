//! mistake: `[(c.name, d) for c in customers if (d := discount_for(c)) > 0.0]` where `discount_for` returns `Option<f64>` (Python's `None`-or-float)
//! offending: (d := discount_for(c)) > 0.0
//! category: type
use comprehensions::comp;

struct Customer {
    name: String,
    tier: u8,
}

fn discount_for(c: &Customer) -> Option<f64> {
    if c.tier > 1 { Some(0.1 * c.tier as f64) } else { None }
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), tier: 3 }, Customer { name: "bob".into(), tier: 0 }];
    let promos = comp![(c.name.clone(), d) for c in &customers if (d := discount_for(c)) > 0.0];
    println!("{promos:?}");
}
