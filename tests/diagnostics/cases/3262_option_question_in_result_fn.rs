//! mistake: used `?` on the `Option` from `HashMap::get` in a function that returns `Result`
//! offending: menu.get(&l.dish)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
enum BillingError {
    UnknownDish(String),
}

struct Line {
    dish: String,
    qty: u32,
}

fn line_prices(menu: &HashMap<String, f64>, lines: &[Line]) -> Result<Vec<f64>, BillingError> {
    comp![menu.get(&l.dish)? * l.qty as f64 for l in lines]
}

fn main() {
    let menu = HashMap::from([("pad thai".to_string(), 11.5)]);
    let lines = vec![Line { dish: "pad thai".into(), qty: 2 }, Line { dish: "larb".into(), qty: 1 }];
    println!("{:?}", line_prices(&menu, &lines));
    let _ = BillingError::UnknownDish(String::new());
}
