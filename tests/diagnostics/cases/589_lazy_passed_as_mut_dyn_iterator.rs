//! mistake: passing a lazy comprehension by value to a function taking `&mut dyn Iterator<Item = i64>`
//! offending: comp!((t.amount for t in &txs if t.amount < 0))
//! category: type
use comprehensions::comp;

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
    let spent = drain_total(comp!((t.amount for t in &txs if t.amount < 0)));
    println!("{spent}");
}
