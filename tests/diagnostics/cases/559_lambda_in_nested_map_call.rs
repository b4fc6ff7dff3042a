//! mistake: Python's `lambda i: i.qty` left in a `.map(..)` call inside the element
//! offending: lambda
//! category: python-habit
use comprehensions::comp;

struct Item {
    qty: u32,
}

fn main() {
    let orders = vec![vec![Item { qty: 2 }, Item { qty: 3 }], vec![Item { qty: 7 }]];
    // Python: [sum(map(lambda i: i.qty, o)) for o in orders]
    let totals = comp![o.iter().map(lambda i: i.qty).sum::<u32>() for o in &orders];
    println!("{totals:?}");
}
