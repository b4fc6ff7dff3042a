//! mistake: a binding written as a bare assignment `total = ..` without `let` (hand-written)
struct Order {
    qty: u32,
    price: u32,
}

fn main() {
    let orders = vec![Order { qty: 2, price: 10 }, Order { qty: 1, price: 500 }];
    let mut big = Vec::new();
    for o in &orders {
        total = o.qty * o.price;
        if total > 100 {
            big.push(total);
        }
    }
    println!("{big:?}");
}
