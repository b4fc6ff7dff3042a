//! mistake: an eager `acomp!({..})` dict in a non-async `&mut self` method
//! offending: acomp!({s.to_string(): fetch_price(s).await for s in skus})
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

async fn fetch_price(sku: &str) -> f64 {
    sku.len() as f64
}

struct Cache {
    prices: HashMap<String, f64>,
}

impl Cache {
    fn refresh(&mut self, skus: &[&str]) {
        self.prices = acomp!({s.to_string(): fetch_price(s).await for s in skus});
    }
}

fn main() {
    let mut c = Cache { prices: HashMap::new() };
    c.refresh(&["A1", "B2"]);
    println!("{:?}", c.prices);
}
