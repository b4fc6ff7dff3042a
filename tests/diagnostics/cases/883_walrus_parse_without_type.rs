//! mistake: the walrus binds `s.parse()` without a type, so the number's type is unknown
//! offending: (v := s.parse())
//! category: type
use comprehensions::comp;

fn main() {
    let fields = vec!["12", "x", "40"];
    let nums = comp![v.unwrap() for s in &fields if (v := s.parse()).is_ok()];
    println!("{nums:?}");
}
