//! mistake: passing an iterator chain by value to a function taking `&mut dyn Iterator<Item = i64>` (hand-written)
//! offending: txs.iter().filter(|t| t.amount < 0).map(|t| t.amount)
struct Tx {
    amount: i64,
}

fn drain_total(it: &mut dyn Iterator<Item = i64>) -> i64 {
    let mut total = 0;
    for x in it {
        total += x;
    }
    total
}

fn main() {
    let txs = vec![Tx { amount: 50 }, Tx { amount: -20 }];
    let spent = drain_total(txs.iter().filter(|t| t.amount < 0).map(|t| t.amount));
    println!("{spent}");
}
