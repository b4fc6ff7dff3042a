//! mistake: an eager `acomp!({..})` dict in a non-async `&mut self` method
//! offending: .await
//! category: async
use std::collections::HashMap;

async fn fetch_price(sku: &str) -> f64 {
    sku.len() as f64
}

struct Cache {
    prices: HashMap<String, f64>,
}

impl Cache {
    fn refresh(&mut self, skus: &[&str]) {
        let mut prices = HashMap::new();
        for s in skus {
            prices.insert(s.to_string(), fetch_price(s).await);
        }
        self.prices = prices;
    }
}

fn main() {
    let mut c = Cache { prices: HashMap::new() };
    c.refresh(&["A1", "B2"]);
    println!("{:?}", c.prices);
}
