//! mistake: a `move` iterator chain returned as `impl Iterator + 'a` captures an `impl Fn` parameter that has no `'a` bound
//! offending: impl Fn(&Item) -> bool
//! category: ownership
struct Item {
    name: String,
    price: u32,
}

struct Catalog {
    items: Vec<Item>,
}

impl Catalog {
    fn matching<'a>(&'a self, pred: impl Fn(&Item) -> bool) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| pred(i))
    }
}

fn main() {
    let c = Catalog { items: vec![Item { name: "pen".into(), price: 3 }, Item { name: "ink".into(), price: 12 }] };
    for i in c.matching(|i| i.price > 5) {
        println!("{}", i.name);
    }
}
