//! mistake: `concurrency = N` on a synchronous `comp!`, hoping for a thread pool like `ThreadPoolExecutor(max_workers=4)`
//! offending: concurrency
//! category: syntax
use comprehensions::comp;

fn checksum(path: &str) -> u64 {
    path.bytes().map(u64::from).sum()
}

fn main() {
    let files = vec!["a.bin", "b.bin", "c.bin"];
    let sums = comp![checksum(f) for f in &files; concurrency = 4];
    println!("{sums:?}");
}
