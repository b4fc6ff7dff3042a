//! mistake: destructuring each point with an `if let Point { x, .. } = p` in the loop, a pattern that always matches (irrefutable_let_patterns)
//! offending: let Point { x, .. } = p
//! category: lint
struct Point {
    x: i32,
    y: i32,
}

struct Path {
    points: Vec<Point>,
}

impl Path {
    fn xs(&self) -> Vec<i32> {
        let mut out = Vec::new();
        for p in &self.points {
            if let Point { x, .. } = p {
                out.push(*x);
            }
        }
        out
    }
}

fn main() {
    let path = Path { points: vec![Point { x: 1, y: 2 }] };
    println!("{:?} {}", path.xs(), path.points[0].y);
}
