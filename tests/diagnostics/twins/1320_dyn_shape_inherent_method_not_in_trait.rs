//! mistake: calling `Circle`'s own `perimeter()` on `Box<dyn Shape>` items, as Python's duck typing would allow
//! offending: perimeter
//! category: type
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
    let mut perims = Vec::new();
    for s in &shapes {
        perims.push(s.perimeter());
    }
    println!("{perims:?} {}", shapes[0].area());
}
