//! mistake: totalled each account's positions with Python's `sum(...)` builtin over a generator
//! offending: sum
//! category: python-habit
struct Position {
    ticker: String,
    qty: f64,
    price: f64,
}

struct Account {
    name: String,
    positions: Vec<Position>,
}

fn main() {
    let accounts = vec![
        Account {
            name: "ira".to_string(),
            positions: vec![
                Position { ticker: "AAPL".to_string(), qty: 10.0, price: 189.50 },
                Position { ticker: "MSFT".to_string(), qty: 4.0, price: 411.20 },
            ],
        },
        Account {
            name: "taxable".to_string(),
            positions: vec![Position { ticker: "VTI".to_string(), qty: 25.0, price: 251.30 }],
        },
    ];
    let values: Vec<_> = accounts
        .iter()
        .map(|a| (&a.name, sum(a.positions.iter().map(|p| p.qty * p.price))))
        .collect();
    for (name, value) in &values {
        println!("{name}: {value:.2}");
    }
    println!("{}", accounts[0].positions[0].ticker);
}
