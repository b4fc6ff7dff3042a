//! mistake: a `match` in the element forgets one of the enum's variants
//! offending: match s
//! category: type
enum Shape {
    Circle(f64),
    Square(f64),
    Rect(f64, f64),
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Square(2.0), Shape::Rect(2.0, 3.0)];
    let mut areas = Vec::new();
    for s in &shapes {
        areas.push(match s { Shape::Circle(r) => 3.14159 * r * r, Shape::Square(a) => a * a });
    }
    println!("{:?}", areas);
}
