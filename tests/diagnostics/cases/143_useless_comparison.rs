//! mistake: `n >= 0` on an unsigned value (Python ints can be negative)
//! offending: n >= 0
//! category: lint
use comprehensions::comp;

fn main() {
    let counts: Vec<u32> = vec![0, 3, 9];
    let valid = comp![n for n in counts if n >= 0];
    println!("{valid:?}");
}
