//! mistake: returns a lazy comprehension from a `&self` method whose filter borrows the `max` parameter, without `move`
//! offending: |i| i.price < max
//! category: ownership
struct Item {
    name: String,
    price: u32,
}

struct Catalog {
    items: Vec<Item>,
}

impl Catalog {
    fn cheaper_than(&self, max: u32) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(|i| i.price < max)
    }
}

fn main() {
    let c = Catalog { items: vec![Item { name: "pen".to_string(), price: 2 }] };
    for i in c.cheaper_than(5) {
        println!("{}", i.name);
    }
}
