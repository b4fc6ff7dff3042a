//! mistake: an iterator chain returned from a method whose closure uses the by-value parameter `factor`: without `move` it borrows a local
//! offending: |x| x * factor
//! category: ownership

struct Signal {
    samples: Vec<i32>,
}

impl Signal {
    fn scaled(&self, factor: i32) -> impl Iterator<Item = i32> + '_ {
        self.samples.iter().map(|x| x * factor)
    }
}

fn main() {
    let s = Signal { samples: vec![1, -2, 3] };
    println!("{:?}", s.scaled(10).collect::<Vec<_>>());
}
