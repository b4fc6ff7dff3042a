//! mistake: wrote the rank range with three dots `1...n`
//! offending: 1...n
//! category: syntax
use comprehensions::comp;

fn main() {
    let mut citations: Vec<usize> = vec![10, 8, 5, 4, 3];
    citations.sort_unstable_by(|a, b| b.cmp(a));
    let n = citations.len();
    let h_candidates = comp![h for h in 1...n if citations[h - 1] >= h];
    println!("h-index = {}", h_candidates.last().copied().unwrap_or(0));
}
