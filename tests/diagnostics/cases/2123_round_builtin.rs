//! mistake: rounded converted amounts with Python's builtin `round(x, 2)`
//! offending: round
//! category: python-habit
use comprehensions::comp;

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
    // Python: usd = {i.number: round(i.amount * i.fx_rate, 2) for i in invoices}
    let usd = comp!({i.number.as_str(): round(i.amount * i.fx_rate, 2) for i in &invoices});
    println!("{usd:?}");
}
