//! mistake: a helper that takes an iterator is given a collected Vec, so a Vec is passed where `impl Iterator` is expected
//! offending: orders.iter().filter(|o| o.paid).map(|o| o.qty).collect::<Vec<u32>>()
//! category: type
struct Order {
    qty: u32,
    paid: bool,
}

fn total(quantities: impl Iterator<Item = u32>) -> u32 {
    quantities.sum()
}

fn main() {
    let orders = vec![Order { qty: 3, paid: true }, Order { qty: 5, paid: false }];
    let paid = total(orders.iter().filter(|o| o.paid).map(|o| o.qty).collect::<Vec<u32>>());
    println!("{paid}");
}
