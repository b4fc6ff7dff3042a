//! mistake: calls a trait method declared with `self` (Python's `def describe(self)`) on a borrowed `Box<dyn Shape>`
//! offending: s.describe()
//! category: ownership
trait Shape {
    fn describe(self) -> String;
}

struct Square(f64);

impl Shape for Square {
    fn describe(self) -> String {
        format!("square of side {}", self.0)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Square(3.0))];
    let mut labels = Vec::new();
    for s in &shapes {
        labels.push(s.describe());
    }
    println!("{:?}", labels);
}
