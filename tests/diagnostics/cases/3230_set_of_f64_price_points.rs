//! mistake: built a set of `f64` prices (Python's set of floats), but `f64` is not `Hash`/`Eq`
//! offending: d.price
//! category: type
use comprehensions::comp;

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
    let price_points = comp!({d.price for d in &menu});
    println!("{} distinct prices", price_points.len());
}
