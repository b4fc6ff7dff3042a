//! mistake: Python's `self.values = [int(l) for l in lines]` (raising) with `?` in a `&mut self` method that returns `()`
//! offending: ?
//! category: try
use comprehensions::comp;

struct Series {
    values: Vec<i64>,
}

impl Series {
    fn load(&mut self, lines: &[&str]) {
        self.values = comp![l.trim().parse::<i64>()? for l in lines];
    }
}

fn main() {
    let mut s = Series { values: Vec::new() };
    s.load(&["1", " 2"]);
    println!("{:?}", s.values);
}
