//! mistake: left out `in` between the loop pattern and `holdings.iter()`
//! offending: holdings
//! category: syntax
use comprehensions::comp;
use std::collections::BTreeMap;

fn main() {
    let holdings: BTreeMap<&str, (f64, f64)> = BTreeMap::from([("AAPL", (10.0, 189.5)), ("GLD", (30.0, 215.4))]);
    let exposure = comp![(sym, qty * px) for (sym, (qty, px)) holdings.iter()];
    println!("{exposure:?}");
}
