//! mistake: a walrus binds `s.parse::<u32>()` (a `Result`) and compares it with `0` as if it were the number
//! offending: (n := s.parse::<u32>()) > 0
//! category: type
use comprehensions::comp;

fn main() {
    let fields = vec!["12", "0", "x", "7"];
    let positive = comp![n for s in &fields if (n := s.parse::<u32>()) > 0];
    println!("{positive:?}");
}
