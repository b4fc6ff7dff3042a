//! mistake: filling a `Vec<Box<dyn Shape>>` field with bare `Circle` values, as a Python list of objects
//! offending: Circle { r }
//! category: type
use comprehensions::comp;

trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
}

struct Drawing {
    shapes: Vec<Box<dyn Shape>>,
}

impl Drawing {
    fn from_radii(radii: &[f64]) -> Self {
        Drawing { shapes: comp![Circle { r } for &r in radii] }
    }

    fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }
}

fn main() {
    let d = Drawing::from_radii(&[1.0, 2.0]);
    println!("{}", d.total_area());
}
