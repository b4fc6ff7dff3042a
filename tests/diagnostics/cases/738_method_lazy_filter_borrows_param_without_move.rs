//! mistake: returns a lazy comprehension from a `&self` method whose filter borrows the `max` parameter, without `move`
//! offending: i.price < max
//! category: ownership
use comprehensions::comp;

struct Item {
    name: String,
    price: u32,
}

struct Catalog {
    items: Vec<Item>,
}

impl Catalog {
    fn cheaper_than(&self, max: u32) -> impl Iterator<Item = &Item> + '_ {
        comp!((i for i in &self.items if i.price < max))
    }
}

fn main() {
    let c = Catalog { items: vec![Item { name: "pen".to_string(), price: 2 }] };
    for i in c.cheaper_than(5) {
        println!("{}", i.name);
    }
}
