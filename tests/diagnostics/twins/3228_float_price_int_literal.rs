//! mistake: compared an `f64` price with an integer literal
//! offending: 15
//! category: type
struct Dish {
    name: &'static str,
    price: f64,
}

fn main() {
    let menu = vec![Dish { name: "lobster roll", price: 24.0 }, Dish { name: "chowder", price: 9.5 }];
    let premium: Vec<&str> = menu.iter().filter(|d| d.price > 15).map(|d| d.name).collect();
    println!("{premium:?}");
}
