//! mistake: a factory closure whose `if`/`else` branches box different structs, with no `Box<dyn Shape>` annotation
//! offending: Box::new(Square { s: v })
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
    let specs = vec![("circle", 1.0), ("square", 2.0)];
    let shapes = specs
        .iter()
        .map(|&(kind, v)| if kind == "circle" { Box::new(Circle { r: v }) } else { Box::new(Square { s: v }) })
        .collect::<Vec<_>>();
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{total}");
}
