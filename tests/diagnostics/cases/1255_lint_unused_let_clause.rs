//! mistake: a `let` clause left over from refactoring a loop: `subtotal` is computed and never used
//! offending: subtotal
//! category: lint
use comprehensions::comp;

struct Item {
    name: String,
    price: u32,
    qty: u32,
}

struct Basket {
    items: Vec<Item>,
}

impl Basket {
    fn in_basket(&self) -> Vec<&str> {
        comp![i.name.as_str() for i in &self.items let subtotal = i.price * i.qty if i.qty > 0]
    }
}

fn main() {
    let b = Basket { items: vec![Item { name: "pen".into(), price: 2, qty: 3 }] };
    println!("{:?}", b.in_basket());
}
