//! mistake: called Python's `round(x, 2)` to round discounted prices to cents
//! offending: round
//! category: python-habit
struct Item {
    name: &'static str,
    price: f64,
}

fn main() {
    let items = [Item { name: "lamp", price: 39.99 }, Item { name: "rug", price: 120.5 }];
    let discount = 0.15;
    let mut sale = Vec::new();
    for i in &items {
        sale.push((i.name, round(i.price * (1.0 - discount), 2)));
    }
    println!("{sale:?}");
}
