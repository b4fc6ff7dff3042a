//! mistake: wrote a `(region, code)` dict key without its parentheses
//! offending: w.region, w.code:
//! category: syntax
use comprehensions::comp;

struct Site {
    region: &'static str,
    code: &'static str,
    pallets: u32,
}

fn sites() -> Vec<Site> {
    vec![
        Site { region: "EU", code: "LYS1", pallets: 1200 },
        Site { region: "EU", code: "CDG2", pallets: 3400 },
    ]
}

fn main() {
    let all = sites();
    let capacity = comp!({w.region, w.code: w.pallets for w in &all});
    println!("{capacity:?}");
}
