//! mistake: a `let` left over in a loop: `subtotal` is computed and never used
//! offending: subtotal
//! category: lint

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
        let mut out = Vec::new();
        for i in &self.items {
            let subtotal = i.price * i.qty;
            if i.qty > 0 {
                out.push(i.name.as_str());
            }
        }
        out
    }
}

fn main() {
    let b = Basket { items: vec![Item { name: "pen".into(), price: 2, qty: 3 }] };
    println!("{:?}", b.in_basket());
}
