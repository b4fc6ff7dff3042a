//! mistake: `?` on the `Option` of `HashMap::get` in a method returning `Result<_, PriceError>`
//! offending: ?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
struct PriceError(String);

struct Catalog {
    prices: HashMap<String, f64>,
}

impl Catalog {
    fn prices_of(&self, items: &[&str]) -> Result<Vec<f64>, PriceError> {
        comp![*self.prices.get(*name)? for name in items]
    }
}

fn main() {
    let c = Catalog { prices: HashMap::from([("tea".to_string(), 2.5)]) };
    println!("{:?}", c.prices_of(&["tea", "cake"]));
    let _ = PriceError(String::new());
}
