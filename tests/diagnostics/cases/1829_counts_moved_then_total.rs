//! mistake: iterates the histogram `counts` by value, then sums it again (Python lists are shared: `[c / n for c in counts]; sum(counts)`)
//! offending: counts.iter()
//! category: ownership
use comprehensions::comp;

fn main() {
    let counts: Vec<u32> = vec![4, 9, 2, 5];
    let n = 20.0;
    let freqs = comp![c as f64 / n for c in counts];
    let total: u32 = counts.iter().sum();
    println!("{freqs:?} {total}");
}
