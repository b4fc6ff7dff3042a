//! mistake: moved the outer `account_id: String` into every generated order
//! offending: account_id
//! category: ownership
#[derive(Debug)]
struct Order {
    account: String,
    symbol: &'static str,
    qty: i64,
}

fn main() {
    let account_id = String::from("U1234567");
    let rebalance = vec![("VTI", 12_i64), ("BND", -30), ("VXUS", 7)];
    let mut orders = Vec::new();
    for (sym, qty) in rebalance {
        if qty != 0 {
            orders.push(Order { account: account_id, symbol: sym, qty });
        }
    }
    println!("{orders:?}");
}
