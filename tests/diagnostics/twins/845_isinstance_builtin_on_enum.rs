//! mistake: filters with Python's `isinstance(s, Shape::Circle)` instead of `matches!(s, Shape::Circle(_))`
//! offending: isinstance
//! category: python-habit
enum Shape {
    Circle(f64),
    Square(f64),
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => 3.14159 * r * r,
            Shape::Square(a) => a * a,
        }
    }
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Square(2.0)];
    let circle_areas: Vec<f64> = shapes.iter().filter(|s| isinstance(s, Shape::Circle)).map(|s| s.area()).collect();
    println!("{:?}", circle_areas);
}
