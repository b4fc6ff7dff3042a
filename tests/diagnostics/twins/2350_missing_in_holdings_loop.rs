//! mistake: left out `in` between the loop pattern and `holdings.iter()`
//! offending: holdings
//! category: syntax
use std::collections::BTreeMap;

fn main() {
    let holdings: BTreeMap<&str, (f64, f64)> = BTreeMap::from([("AAPL", (10.0, 189.5)), ("GLD", (30.0, 215.4))]);
    let mut exposure = Vec::new();
    for (sym, (qty, px)) holdings.iter() {
        exposure.push((sym, qty * px));
    }
    println!("{exposure:?}");
}
