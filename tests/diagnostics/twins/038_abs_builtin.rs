//! mistake: Python's `abs(x)` as a free function (hand-written)
fn main() {
    let target = 100;
    let guesses = vec![90, 130, 101];
    let errors: Vec<i32> = guesses.iter().map(|g| abs(g - target)).collect();
    println!("{errors:?}");
}
