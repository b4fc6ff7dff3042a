//! mistake: Python's `[0] * w` written as `[0; w]` with a runtime `w`
//! offending: w
//! category: type
use comprehensions::comp;

fn main() {
    let (w, h) = (4, 3);
    let grid = comp![[0u8; w] for _ in 0..h];
    println!("{grid:?}");
}
