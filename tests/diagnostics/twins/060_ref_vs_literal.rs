//! mistake: comparing a `&i32` loop variable with an integer literal (hand-written)
fn main() {
    let deltas = vec![5, -3, 8, 0];
    let mut gains = Vec::new();
    for d in &deltas {
        if d > 0 {
            gains.push(d);
        }
    }
    println!("{gains:?}");
}
