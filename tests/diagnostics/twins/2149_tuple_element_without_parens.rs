//! mistake: wrote a `(region, amount)` tuple element without its parentheses
//! offending: r.region.clone(), r.amount
//! category: syntax

struct Row {
    region: String,
    amount: f64,
}

fn main() {
    let rows = vec![
        Row { region: "emea".into(), amount: 10.0 },
        Row { region: "amer".into(), amount: 22.5 },
    ];
    let pairs: Vec<(String, f64)> = rows
        .iter()
        .filter(|r| r.amount > 0.0)
        .map(|r| r.region.clone(), r.amount)
        .collect();
    println!("{pairs:?}");
}
