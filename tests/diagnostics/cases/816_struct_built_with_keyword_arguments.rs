//! mistake: builds a struct with Python's keyword arguments, `Point(x=i, y=i)`, instead of `Point { x: i, y: i }`
//! offending: Point(x=i, y=i)
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let diagonal = comp![Point(x=i, y=i) for i in 0..5];
    println!("{:?}", diagonal);
}
