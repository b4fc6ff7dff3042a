//! mistake: `prices.get(name)?` (an `Option`'s `?`) in a comprehension returned from a method whose type is `Result<Vec<u32>, String>`
//! offending: prices.get(name)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

struct Order {
    items: Vec<(String, u32)>,
}

impl Order {
    fn line_totals(&self, prices: &HashMap<String, u32>) -> Result<Vec<u32>, String> {
        comp![prices.get(name)? * qty for (name, qty) in &self.items]
    }
}

fn main() {
    let prices = HashMap::from([("tea".to_string(), 3)]);
    let order = Order { items: vec![("tea".into(), 2)] };
    println!("{:?}", order.line_totals(&prices));
}
