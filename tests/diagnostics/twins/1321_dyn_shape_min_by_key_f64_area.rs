//! mistake: Python's `min(shapes, key=lambda s: s.area())` ported as `min_by_key` on an iterator chain, with an `f64` key
//! offending: min_by_key
//! category: type
trait Shape {
    fn area(&self) -> f64;
}

struct Circle {
    r: f64,
}

struct Square {
    s: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Square { s: 0.5 })];
    let smallest = shapes.iter().filter(|s| s.area() > 0.0).min_by_key(|s| s.area());
    println!("{:?}", smallest.map(|s| s.area()));
}
