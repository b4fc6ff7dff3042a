//! mistake: built a set of `f64` prices (Python's set of floats), but `f64` is not `Hash`/`Eq`
//! offending: d.price
//! category: type
use std::collections::HashSet;

struct Dish {
    name: &'static str,
    price: f64,
}

fn main() {
    let menu = vec![
        Dish { name: "taco al pastor", price: 3.5 },
        Dish { name: "taco de pescado", price: 3.5 },
        Dish { name: "quesadilla", price: 6.0 },
    ];
    let mut price_points = HashSet::new();
    for d in &menu {
        price_points.insert(d.price);
    }
    println!("{} distinct prices", price_points.len());
}
