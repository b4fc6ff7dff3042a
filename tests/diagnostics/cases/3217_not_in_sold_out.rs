//! mistake: filtered the menu with Python's `not in` against the sold-out list
//! offending: not in
//! category: python-habit
use comprehensions::comp;

struct Dish {
    name: String,
    price: f64,
}

fn main() {
    let menu = vec![
        Dish { name: "margherita".into(), price: 9.5 },
        Dish { name: "diavola".into(), price: 11.0 },
        Dish { name: "calzone".into(), price: 12.5 },
    ];
    let sold_out = vec!["calzone".to_string()];
    let available = comp![d.name.clone() for d in &menu if d.name not in sold_out];
    println!("{available:?}");
}
