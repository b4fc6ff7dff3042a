//! mistake: `.filter(|t| t > 100)` on a lazy comprehension: the filter closure gets `&u32`, compared with an integer
//! offending: t > 100
//! category: type
use comprehensions::comp;

struct Order {
    total: u32,
}

fn main() {
    let orders = vec![Order { total: 250 }, Order { total: 40 }];
    let big: Vec<u32> = comp!((o.total for o in &orders)).filter(|t| t > 100).collect();
    println!("{big:?}");
}
