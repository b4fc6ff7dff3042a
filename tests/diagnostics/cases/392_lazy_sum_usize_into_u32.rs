//! mistake: summing a lazy form of usize lengths into a u32
//! offending: sum()
//! category: type
use comprehensions::comp;

fn main() {
    let text = "the quick brown fox";
    // Python: total = sum(len(w) for w in text.split())
    let total: u32 = comp!((w.len() for w in text.split_whitespace())).sum();
    println!("{}", total);
}
