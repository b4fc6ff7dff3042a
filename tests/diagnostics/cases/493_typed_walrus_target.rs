//! mistake: a type annotation on the walrus target, as a Rust `let` would take
//! offending: n: i32 := s.parse().unwrap_or(0)
//! category: syntax
use comprehensions::comp;

fn main() {
    let fields = vec!["12", "x", "40"];
    // Python: [n for s in fields if (n := int(s)) > 10]
    let big = comp![n for s in &fields if (n: i32 := s.parse().unwrap_or(0)) > 10];
    println!("{big:?}");
}
