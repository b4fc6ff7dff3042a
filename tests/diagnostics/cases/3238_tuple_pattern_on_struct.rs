//! mistake: unpacked a `Dish` struct with a tuple pattern, as Python unpacks a (name, price) tuple
//! offending: (name, price)
//! category: type
use comprehensions::comp;

struct Dish {
    name: String,
    price: f64,
}

fn main() {
    let menu = vec![Dish { name: "poke bowl".into(), price: 13.5 }, Dish { name: "miso soup".into(), price: 4.0 }];
    let board = comp![format!("{name:<12} {price:>6.2}") for (name, price) in &menu];
    println!("{}", board.join("\n"));
}
