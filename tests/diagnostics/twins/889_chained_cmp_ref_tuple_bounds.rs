//! mistake: `lo <= x && x < hi` where the bounds come from iterating `&ranges` (so `&usize`) and `x` is a `usize`
//! offending: lo <= x
//! category: type
fn main() {
    let ranges = vec![(0usize, 10usize), (20, 30)];
    let hits = vec![5usize, 15, 25];
    let mut inside = Vec::new();
    for (lo, hi) in &ranges {
        for x in hits.iter().copied() {
            if lo <= x && x < hi {
                inside.push((x, lo));
            }
        }
    }
    println!("{inside:?}");
}
