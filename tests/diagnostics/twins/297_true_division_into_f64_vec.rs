//! mistake: Python 3's `/` on integers expected to give a float (`t / 2` into a `Vec<f64>`) (hand-written)
fn main() {
    let totals = vec![3, 8, 5];
    let mut halves: Vec<f64> = Vec::new();
    for t in &totals {
        halves.push(t / 2);
    }
    println!("{halves:?}");
}
