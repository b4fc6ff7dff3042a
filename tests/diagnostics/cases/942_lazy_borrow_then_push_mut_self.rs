//! mistake: extended `self.values` with a lazy form that still borrows `self.values`
//! offending: self.values.extend(doubled)
//! category: ownership
use comprehensions::comp;

struct Series {
    values: Vec<i32>,
}

impl Series {
    fn extend_doubled(&mut self) {
        let doubled = comp!((v * 2 for v in &self.values));
        self.values.extend(doubled);
    }
}

fn main() {
    let mut s = Series { values: vec![1, 2] };
    s.extend_doubled();
    println!("{:?}", s.values);
}
