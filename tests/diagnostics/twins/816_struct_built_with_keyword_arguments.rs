//! mistake: builds a struct with Python's keyword arguments, `Point(x=i, y=i)`, instead of `Point { x: i, y: i }`
//! offending: Point(x=i, y=i)
//! category: python-habit
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let diagonal: Vec<Point> = (0..5).map(|i| Point(x=i, y=i)).collect();
    println!("{:?}", diagonal);
}
