//! mistake: `1...10` for an inclusive range (Rust: 1..=10)
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn main() {
    // Python: squares = [n * n for n in range(1, 11)]
    let squares: Vec<u32> = comp![n * n for n in 1...10];
    println!("{:?}", squares);
}
