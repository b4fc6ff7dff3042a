//! mistake: the number of jobs is parsed as an `i64` and clamped with `.max(1)`, but `buffered` needs a `usize`
//! offending: jobs.max(1)
//! category: type
use futures::stream::{self, StreamExt};

async fn checksum(name: &str) -> u32 {
    name.bytes().map(u32::from).sum()
}

async fn run(jobs: i64, files: &[&str]) -> Vec<u32> {
    stream::iter(files).map(|f| checksum(f)).buffered(jobs.max(1)).collect().await
}

fn main() {
    let jobs: i64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(4);
    let sums = futures::executor::block_on(run(jobs, &["a.txt", "b.txt"]));
    println!("{sums:?}");
}
