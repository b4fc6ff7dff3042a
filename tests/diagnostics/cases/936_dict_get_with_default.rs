//! mistake: looked up with Python's `dict.get(key, default)`, two arguments, in a `&self` method
//! offending: get
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct PriceList {
    prices: HashMap<String, f64>,
}

impl PriceList {
    fn quote(&self, names: &[&str]) -> Vec<f64> {
        comp![self.prices.get(*n, 0.0) for n in names]
    }
}

fn main() {
    let p = PriceList { prices: HashMap::from([("tea".to_string(), 2.5)]) };
    println!("{:?}", p.quote(&["tea", "cake"]));
}
