//! mistake: Python's `r in range(1, 6)` as `(1..=5).contains(r)` passing the value, not a reference
//! offending: (1..=5).contains(r)
//! category: type
use comprehensions::comp;

fn main() {
    let ratings: Vec<u8> = vec![0, 3, 5, 9];
    // Python: valid = [r for r in ratings if r in range(1, 6)]
    let valid = comp![r for r in ratings if (1..=5).contains(r)];
    println!("{valid:?}");
}
