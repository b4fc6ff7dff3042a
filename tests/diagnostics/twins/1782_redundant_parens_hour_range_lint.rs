//! mistake: redundant parentheses around the iterable, `for h in (0..24)`, from Python's `range(0, 24)` call
//! offending: (0..24)
//! category: lint

fn main() {
    let hits: Vec<u32> = vec![3, 10, 10, 14, 23];
    let mut buckets = Vec::new();
    for h in (0..24) {
        buckets.push((h, hits.iter().filter(|&&t| t == h).count()));
    }
    for (h, n) in buckets {
        if n > 0 {
            println!("{h:02}:00 {}", "#".repeat(n));
        }
    }
}
