//! mistake: `.filter(|t| t > 100)`: the filter closure gets `&u32`, compared with an integer (hand-written)
struct Order {
    total: u32,
}

fn main() {
    let orders = vec![Order { total: 250 }, Order { total: 40 }];
    let big: Vec<u32> = orders.iter().map(|o| o.total).filter(|t| t > 100).collect();
    println!("{big:?}");
}
