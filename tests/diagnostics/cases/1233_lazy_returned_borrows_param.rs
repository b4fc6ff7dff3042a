//! mistake: a lazy `comp!((..))` returned from a method that uses the by-value parameter `factor`: without `move` it borrows a local
//! offending: x * factor
//! category: ownership
use comprehensions::comp;

struct Signal {
    samples: Vec<i32>,
}

impl Signal {
    fn scaled(&self, factor: i32) -> impl Iterator<Item = i32> + '_ {
        comp!((x * factor for x in &self.samples))
    }
}

fn main() {
    let s = Signal { samples: vec![1, -2, 3] };
    println!("{:?}", s.scaled(10).collect::<Vec<_>>());
}
