//! mistake: Python's pow(x, 2) as a free function (Rust: x.pow(2))
//! offending: pow
//! category: python-habit
use comprehensions::comp;

fn main() {
    let sides: Vec<u64> = vec![3, 4, 5];
    let areas = comp![pow(s, 2) for s in &sides];
    println!("{areas:?}");
}
