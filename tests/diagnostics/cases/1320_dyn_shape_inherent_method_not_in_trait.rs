//! mistake: calling `Circle`'s own `perimeter()` on `Box<dyn Shape>` elements, as Python's duck typing would allow
//! offending: perimeter
//! category: type
use comprehensions::comp;

trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Circle {
    fn perimeter(&self) -> f64 {
        2.0 * 3.14159 * self.r
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Circle { r: 2.0 })];
    let perims = comp![s.perimeter() for s in &shapes];
    println!("{perims:?} {}", shapes[0].area());
}
