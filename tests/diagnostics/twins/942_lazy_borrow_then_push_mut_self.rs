//! mistake: extended `self.values` with an iterator chain that still borrows `self.values`
//! offending: self.values.extend(doubled)
//! category: ownership
struct Series {
    values: Vec<i32>,
}

impl Series {
    fn extend_doubled(&mut self) {
        let doubled = self.values.iter().map(|v| v * 2);
        self.values.extend(doubled);
    }
}

fn main() {
    let mut s = Series { values: vec![1, 2] };
    s.extend_doubled();
    println!("{:?}", s.values);
}
