//! mistake: wrote a `(region, amount)` tuple element without its parentheses
//! offending: r.region.clone(), r.amount
//! category: syntax
use comprehensions::comp;

struct Row {
    region: String,
    amount: f64,
}

fn main() {
    let rows = vec![
        Row { region: "emea".into(), amount: 10.0 },
        Row { region: "amer".into(), amount: 22.5 },
    ];
    let pairs: Vec<(String, f64)> = comp![r.region.clone(), r.amount for r in &rows if r.amount > 0.0];
    println!("{pairs:?}");
}
