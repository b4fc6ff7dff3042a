//! mistake: converted order ids to strings with Python's `str(..)`
//! offending: str(o.id)
//! category: python-habit
use comprehensions::comp;

struct Order {
    id: u64,
    ready: bool,
}

fn main() {
    let orders = vec![Order { id: 90001, ready: true }, Order { id: 90002, ready: false }];
    let screen: Vec<String> = comp![str(o.id) for o in &orders if o.ready];
    println!("ready for pickup: {}", screen.join(", "));
}
