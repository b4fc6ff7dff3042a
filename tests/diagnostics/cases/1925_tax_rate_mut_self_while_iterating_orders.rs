//! mistake: called a caching `&mut self` method in the element while iterating `&self.orders`
//! offending: self.tax_rate(&o.region)
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

struct Order {
    amount: f64,
    region: String,
}

struct Billing {
    orders: Vec<Order>,
    rate_cache: HashMap<String, f64>,
}

impl Billing {
    fn tax_rate(&mut self, region: &str) -> f64 {
        *self.rate_cache.entry(region.to_string()).or_insert(0.2)
    }

    fn taxes(&mut self) -> Vec<f64> {
        comp![o.amount * self.tax_rate(&o.region) for o in &self.orders]
    }
}

fn main() {
    let mut b = Billing { orders: vec![Order { amount: 10.0, region: "eu".into() }], rate_cache: HashMap::new() };
    println!("{:?}", b.taxes());
}
