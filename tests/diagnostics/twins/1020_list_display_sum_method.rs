//! mistake: `.sum()` on a collected Vec, which is not an iterator
//! offending: sum
//! category: python-habit
struct Item {
    price: u32,
    qty: u32,
}

fn main() {
    let cart = vec![Item { price: 250, qty: 2 }, Item { price: 100, qty: 1 }];
    let total = cart.iter().map(|it| it.price * it.qty).collect::<Vec<u32>>().sum::<u32>();
    println!("{total}");
}
