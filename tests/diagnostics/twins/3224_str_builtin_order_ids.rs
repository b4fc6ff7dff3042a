//! mistake: converted order ids to strings with Python's `str(..)`
//! offending: str(o.id)
//! category: python-habit
struct Order {
    id: u64,
    ready: bool,
}

fn main() {
    let orders = vec![Order { id: 90001, ready: true }, Order { id: 90002, ready: false }];
    let screen: Vec<String> = orders.iter().filter(|o| o.ready).map(|o| str(o.id)).collect();
    println!("ready for pickup: {}", screen.join(", "));
}
