//! mistake: constructs a struct with named fields by calling it, `Point(x, y)`, as a Python class
//! offending: Point(x, y)
//! category: python-habit
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let mut points = Vec::new();
    for (x, y) in pairs {
        points.push(Point(x, y));
    }
    println!("{:?}", points);
}
