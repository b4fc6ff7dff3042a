//! mistake: Vec<Box<dyn Shape>> from a conditional element: the else branch forgets Box::new
//! offending: Square(s)
//! category: type
use comprehensions::comp;

trait Shape {
    fn area(&self) -> f64;
}
struct Circle(f64);
struct Square(f64);
impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}
impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn main() {
    let specs = vec![(true, 1.0), (false, 2.0)];
    // Python: shapes = [Circle(s) if round else Square(s) for round, s in specs]
    let shapes: Vec<Box<dyn Shape>> =
        comp![Box::new(Circle(s)) if round else Square(s) for (round, s) in specs];
    println!("{}", shapes.iter().map(|s| s.area()).sum::<f64>());
}
