//! mistake: wrote the walrus as a plain assignment, `if (d = discount_for(c)).is_some()`, instead of `(d := discount_for(c))`
//! offending: (d = discount_for(c))
//! category: syntax
struct Customer {
    name: String,
    tier: u8,
}

fn discount_for(c: &Customer) -> Option<f64> {
    if c.tier > 1 { Some(0.1 * c.tier as f64) } else { None }
}

fn main() {
    let customers = vec![Customer { name: "acme".into(), tier: 3 }];
    let mut promos = Vec::new();
    for c in &customers {
        if (d = discount_for(c)).is_some() {
            promos.push((c.name.clone(), d));
        }
    }
    println!("{promos:?}");
}
