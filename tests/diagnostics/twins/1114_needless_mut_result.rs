//! mistake: `let mut` on a comprehension's result that is never mutated (Python lists are always mutable)
//! offending: mut squares
//! category: lint
fn main() {
    let n = 5;
    let mut squares: Vec<i32> = (1..=n).map(|i| i * i).collect();
    println!("{squares:?}");
}
