//! mistake: rounded converted amounts with Python's builtin `round(x, 2)`
//! offending: round
//! category: python-habit
use std::collections::HashMap;

struct Invoice {
    number: String,
    amount: f64,
    fx_rate: f64,
}

fn main() {
    let invoices = vec![
        Invoice { number: "INV-1".into(), amount: 100.0, fx_rate: 1.0873 },
        Invoice { number: "INV-2".into(), amount: 59.99, fx_rate: 0.9121 },
    ];
    let mut usd = HashMap::new();
    for i in &invoices {
        usd.insert(i.number.as_str(), round(i.amount * i.fx_rate, 2));
    }
    println!("{usd:?}");
}
