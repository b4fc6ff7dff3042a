//! mistake: Python's `range(1, n + 1)` for a numeric range (hand-written)
fn main() {
    let n = 5;
    let squares: Vec<i32> = range(1, n + 1).map(|k| k * k).collect();
    println!("{squares:?}");
}
