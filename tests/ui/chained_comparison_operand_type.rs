// Python's `0 <= s <= 100` on `f64` scores with integer bounds: rustc's
// errors are on the user's operands and operators, not on the whole call.
use comprehensions::comp;

fn main() {
    let scores = vec![42.5, 101.0];
    let valid = comp![s for s in scores if 0 <= s <= 100];
    println!("{valid:?}");
}
