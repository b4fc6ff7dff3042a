//! mistake: multiplying a nullable `Option<f64>` amount column by an exchange rate, as pandas does with NaN
//! offending: t.amount * rate
//! category: type
use comprehensions::comp;

struct Tx {
    id: u32,
    amount: Option<f64>,
}

fn main() {
    let txs = vec![Tx { id: 1, amount: Some(9.5) }, Tx { id: 2, amount: None }];
    let rate = 1.1;
    let converted = comp![t.amount * rate for t in &txs];
    println!("{} {converted:?}", txs[0].id);
}
