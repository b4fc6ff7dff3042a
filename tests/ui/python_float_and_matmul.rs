use comprehensions::comp;

fn main() {
    let xs = vec![1.0f64, 2.0];
    // Python's `.5`: Rust's float literal needs its integer part.
    let _ = comp![x * .5 for x in &xs];
    let w = vec![vec![1.0f64]];
    // Python's matrix multiplication `@`: no Rust operator.
    let _ = comp![row @ xs for row in &w];
    // A binding pattern's `@` is Rust's, not the hint's (the error here is
    // the missing `in`).
    let _ = comp![n for n @ 1..=3 of xs.iter().map(|_| 1)];
}
