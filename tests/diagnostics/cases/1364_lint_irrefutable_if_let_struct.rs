//! mistake: destructuring each point with an `if let Point { x, .. } = p` filter clause, a pattern that always matches (irrefutable_let_patterns)
//! offending: let Point { x, .. } = p
//! category: lint
use comprehensions::comp;

struct Point {
    x: i32,
    y: i32,
}

struct Path {
    points: Vec<Point>,
}

impl Path {
    fn xs(&self) -> Vec<i32> {
        comp![*x for p in &self.points if let Point { x, .. } = p]
    }
}

fn main() {
    let path = Path { points: vec![Point { x: 1, y: 2 }] };
    println!("{:?} {}", path.xs(), path.points[0].y);
}
