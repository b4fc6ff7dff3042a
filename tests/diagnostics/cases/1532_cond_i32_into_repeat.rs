//! mistake: a conditional call argument clamps an `i32` for `str::repeat`, which takes a `usize`
//! offending: n if n > 0 else 0
//! category: type
use comprehensions::comp;

fn main() {
    let pads: Vec<i32> = vec![-2, 0, 3];
    let lines = comp!["-".repeat(n if n > 0 else 0) for n in pads];
    println!("{lines:?}");
}
