//! mistake: destructures each struct with `Point { x: x, y: y }`, repeating each field name
//! offending: x: x
//! category: lint
use comprehensions::comp;

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pts = vec![Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let norms = comp![x.abs() + y.abs() for Point { x: x, y: y } in &pts];
    println!("{norms:?}");
}
