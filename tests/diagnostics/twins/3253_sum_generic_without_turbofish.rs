//! mistake: wrote `sum<u32>()` without the turbofish
//! offending: sum<u32>()
//! category: syntax
struct Order {
    id: u32,
    item_qtys: Vec<u32>,
}

fn main() {
    let orders = vec![Order { id: 1, item_qtys: vec![2, 1, 3] }, Order { id: 2, item_qtys: vec![1] }];
    let large: Vec<u32> = orders.iter().filter(|o| o.item_qtys.iter().sum<u32>() > 4).map(|o| o.id).collect();
    println!("{large:?}");
}
