//! mistake: Python's `math.sqrt(x)` module call
//! offending: math
//! category: python-habit
use comprehensions::comp;

fn main() {
    let areas = vec![4.0, 9.0, 2.0];
    let sides = comp![math.sqrt(a) for a in areas];
    println!("{sides:?}");
}
