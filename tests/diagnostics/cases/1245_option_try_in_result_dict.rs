//! mistake: Python's `{s: self.table[s] for s in skus}` (KeyError) as `.get(s)?` in a method returning `Result<_, String>`: `?` on an `Option`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

struct PriceList {
    table: HashMap<String, f64>,
}

impl PriceList {
    fn quote(&self, skus: &[&str]) -> Result<HashMap<String, f64>, String> {
        comp!({s.to_string(): *self.table.get(*s)? for s in skus})
    }
}

fn main() {
    let p = PriceList { table: HashMap::from([("A".to_string(), 1.5)]) };
    println!("{:?}", p.quote(&["A"]));
}
