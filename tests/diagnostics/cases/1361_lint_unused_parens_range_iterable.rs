//! mistake: Python's `range(self.n)` call parentheses kept around the range, `for i in (0..self.n)` (unused_parens)
//! offending: (0..self.n)
//! category: lint
use comprehensions::comp;

struct Board {
    n: usize,
}

impl Board {
    fn diagonal(&self) -> Vec<(usize, usize)> {
        comp![(i, i) for i in (0..self.n)]
    }
}

fn main() {
    let b = Board { n: 3 };
    println!("{:?}", b.diagonal());
}
