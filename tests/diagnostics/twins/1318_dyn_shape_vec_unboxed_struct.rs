//! mistake: pushing bare `Circle` values into a `Vec<Box<dyn Shape>>`, as into a Python list of objects
//! offending: Circle { r }
//! category: type
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
        let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
        for &r in radii {
            shapes.push(Circle { r });
        }
        Drawing { shapes }
    }

    fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }
}

fn main() {
    let d = Drawing::from_radii(&[1.0, 2.0]);
    println!("{}", d.total_area());
}
