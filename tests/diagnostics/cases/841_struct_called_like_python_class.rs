//! mistake: constructs a struct with named fields by calling it, `Point(x, y)`, as a Python class
//! offending: Point(x, y)
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let points = comp![Point(x, y) for (x, y) in pairs];
    println!("{:?}", points);
}
