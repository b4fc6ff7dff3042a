//! mistake: selected a `String` column from borrowed rows without cloning, moving it out of `&Customer`
//! offending: c.name
//! category: ownership
use comprehensions::comp;

struct Customer {
    name: String,
    active: bool,
    lifetime_value: f64,
}

fn main() {
    let customers = vec![
        Customer { name: "Acme".into(), active: true, lifetime_value: 1200.0 },
        Customer { name: "Initech".into(), active: false, lifetime_value: 80.0 },
    ];
    // Python: active_names = [c.name for c in customers if c.active]
    let active_names: Vec<String> = comp![c.name for c in &customers if c.active];
    let ltv: f64 = customers.iter().map(|c| c.lifetime_value).sum();
    println!("{active_names:?} {ltv}");
}
