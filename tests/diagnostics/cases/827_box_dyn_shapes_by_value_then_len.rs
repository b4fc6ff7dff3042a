//! mistake: iterates a `Vec<Box<dyn Shape>>` by value, then uses the vector again, as Python's list survives the loop
//! offending: shapes.len()
//! category: ownership
use comprehensions::comp;

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.0 * self.0
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0))];
    let areas = comp![s.area() for s in shapes];
    println!("{} shapes, total area {}", shapes.len(), areas.iter().sum::<f64>());
}
