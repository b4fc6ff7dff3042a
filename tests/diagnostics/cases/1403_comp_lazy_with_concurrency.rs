//! mistake: `; concurrency = 4` on a sync `comp!` generator, hoping for a thread pool's `map`
//! offending: concurrency
//! category: async
use comprehensions::comp;

fn checksum(s: &str) -> u64 {
    s.bytes().map(u64::from).sum()
}

fn main() {
    let files = vec!["a.txt", "b.txt", "c.txt"];
    let sums = comp!((checksum(f) for f in &files; concurrency = 4));
    for s in sums {
        println!("{s}");
    }
}
