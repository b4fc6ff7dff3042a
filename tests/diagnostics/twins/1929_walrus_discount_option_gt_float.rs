//! mistake: `[(c.name, d) for c in customers if (d := discount_for(c)) > 0.0]` where `discount_for` returns `Option<f64>` (Python's `None`-or-float)
//! offending: d > 0.0
//! category: type
struct Customer {
    name: String,
    tier: u8,
}

fn discount_for(c: &Customer) -> Option<f64> {
    if c.tier > 1 { Some(0.1 * c.tier as f64) } else { None }
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), tier: 3 }, Customer { name: "bob".into(), tier: 0 }];
    let mut promos = Vec::new();
    for c in &customers {
        let d = discount_for(c);
        if d > 0.0 {
            promos.push((c.name.clone(), d));
        }
    }
    println!("{promos:?}");
}
