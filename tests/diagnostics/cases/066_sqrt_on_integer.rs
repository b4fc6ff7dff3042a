//! mistake: calling `.sqrt()` on an integer expression
//! offending: sqrt
//! category: type
use comprehensions::comp;

fn main() {
    let points: Vec<(i32, i32)> = vec![(3, 4), (6, 8)];
    let norms = comp![(x * x + y * y).sqrt() for (x, y) in points];
    println!("{norms:?}");
}
