//! mistake: multiplying a nullable `Option<f64>` amount column by an exchange rate, as pandas does with NaN
//! offending: t.amount * rate
//! category: type
struct Tx {
    id: u32,
    amount: Option<f64>,
}

fn main() {
    let txs = vec![Tx { id: 1, amount: Some(9.5) }, Tx { id: 2, amount: None }];
    let rate = 1.1;
    let converted: Vec<_> = txs.iter().map(|t| t.amount * rate).collect();
    println!("{} {converted:?}", txs[0].id);
}
