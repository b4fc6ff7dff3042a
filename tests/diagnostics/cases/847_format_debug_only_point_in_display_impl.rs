//! mistake: formats each point with `{p}` in a Display impl when `Point` derives only `Debug`
//! offending: {p}
//! category: type
use comprehensions::comp;
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
        let parts = comp![format!("{p}") for p in &self.points];
        write!(f, "{}", parts.join(" -> "))
    }
}

fn main() {
    let p = Path { points: vec![Point { x: 0, y: 0 }, Point { x: 1, y: 1 }] };
    println!("{p}");
}
