//! mistake: Python's `lambda i: i.qty` left in a nested `.map(..)` call (hand-written)
struct Item {
    qty: u32,
}

fn main() {
    let orders = vec![vec![Item { qty: 2 }, Item { qty: 3 }], vec![Item { qty: 7 }]];
    let totals: Vec<u32> = orders.iter().map(|o| o.iter().map(lambda i: i.qty).sum::<u32>()).collect();
    println!("{totals:?}");
}
