//! mistake: formats each point with `{p}` in a Display impl when `Point` derives only `Debug`
//! offending: {p}
//! category: type
use std::fmt;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

struct Path {
    points: Vec<Point>,
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.points.iter().map(|p| format!("{p}")).collect();
        write!(f, "{}", parts.join(" -> "))
    }
}

fn main() {
    let p = Path { points: vec![Point { x: 0, y: 0 }, Point { x: 1, y: 1 }] };
    println!("{p}");
}
