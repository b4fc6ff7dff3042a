//! mistake: an `if let Point { x, y } = p` clause in a lazy comprehension, a pattern that always matches (meant a `let` clause)
//! offending: let Point { x, y } = p
//! category: lint
use comprehensions::comp;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let points = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let manhattan: Vec<i32> = comp!((x.abs() + y.abs() for p in &points if let Point { x, y } = p)).collect();
    println!("{manhattan:?}");
}
