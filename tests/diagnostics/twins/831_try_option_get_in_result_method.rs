//! mistake: `?` on the `Option` of `HashMap::get` in a method returning `Result<_, PriceError>`
//! offending: ?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct PriceError(String);

struct Catalog {
    prices: HashMap<String, f64>,
}

impl Catalog {
    fn prices_of(&self, items: &[&str]) -> Result<Vec<f64>, PriceError> {
        let mut out = Vec::new();
        for name in items {
            out.push(*self.prices.get(*name)?);
        }
        Ok(out)
    }
}

fn main() {
    let c = Catalog { prices: HashMap::from([("tea".to_string(), 2.5)]) };
    println!("{:?}", c.prices_of(&["tea", "cake"]));
    let _ = PriceError(String::new());
}
