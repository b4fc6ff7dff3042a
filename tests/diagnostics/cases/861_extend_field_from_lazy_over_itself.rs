//! mistake: extends `self.items` with a lazy comprehension over `&self.items` (Python's `self.items.extend(x * 2 for x in self.items)`)
//! offending: self.items.extend
//! category: ownership
use comprehensions::comp;

struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn add_doubles(&mut self) {
        self.items.extend(comp!((x * 2 for x in &self.items)));
    }
}

fn main() {
    let mut b = Bag { items: vec![1, 2] };
    b.add_doubles();
    println!("{:?}", b.items);
}
