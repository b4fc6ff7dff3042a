//! mistake: a refutable `let Ok(n) = ..` clause meant as a filter (Rust: `if let Ok(n) = ..`)
//! offending: let Ok(n) = s.parse::<i32>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let fields = vec!["12", "x", "7"];
    let nums: Vec<i32> = comp![n for s in &fields let Ok(n) = s.parse::<i32>()];
    println!("{:?}", nums);
}
