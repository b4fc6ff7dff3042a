//! mistake: Python's step slice `samples[::2]` in the iterable, to keep every other sample (hand-written)
fn main() {
    let samples = vec![3, 8, 1, 9, 4, 7];
    let mut scaled = Vec::new();
    for s in samples[::2] {
        scaled.push(s * 10);
    }
    println!("{scaled:?}");
}
