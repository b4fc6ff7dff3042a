//! mistake: Python's `self.values = [int(l) for l in lines]` (raising) with `?` in a `&mut self` method that returns `()`
//! offending: ?
//! category: try

struct Series {
    values: Vec<i64>,
}

impl Series {
    fn load(&mut self, lines: &[&str]) {
        self.values.clear();
        for l in lines {
            self.values.push(l.trim().parse::<i64>()?);
        }
    }
}

fn main() {
    let mut s = Series { values: Vec::new() };
    s.load(&["1", " 2"]);
    println!("{:?}", s.values);
}
