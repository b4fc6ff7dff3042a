//! mistake: iterated a HashMap with Python's `.items()`
//! offending: items()
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let prices: HashMap<String, f64> = HashMap::from([
        ("espresso".to_string(), 2.2),
        ("flat white".to_string(), 3.4),
        ("croissant".to_string(), 2.9),
    ]);
    let mut happy_hour = HashMap::new();
    for (dish, price) in prices.items() {
        happy_hour.insert(dish.clone(), price * 0.8);
    }
    println!("{happy_hour:?}");
}
