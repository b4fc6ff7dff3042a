//! mistake: Python's `[0 for i in range(n)]`: a loop variable the element never uses (hand-written)
fn main() {
    let n = 4;
    let mut zeros = Vec::new();
    for i in 0..n {
        zeros.push(0.0);
    }
    println!("{zeros:?}");
}
