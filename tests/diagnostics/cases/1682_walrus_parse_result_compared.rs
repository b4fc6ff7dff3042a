//! mistake: a walrus binds `s.parse::<i32>()` (a `Result`) and compares it with `0`, as Python's `int(s)` would be
//! offending: (n := s.parse::<i32>()) > 0
//! category: type
use comprehensions::comp;

fn main() {
    let tokens = "12 -3 40 7".split(' ');
    let positives = comp![n for s in tokens if (n := s.parse::<i32>()) > 0];
    println!("{positives:?}");
}
