//! mistake: the number of jobs is parsed as an `i64` and clamped with `.max(1)`, but `concurrency` needs a `usize`
//! offending: jobs.max(1)
//! category: type
use comprehensions::acomp;

async fn checksum(name: &str) -> u32 {
    name.bytes().map(u32::from).sum()
}

async fn run(jobs: i64, files: &[&str]) -> Vec<u32> {
    acomp![checksum(f).await for f in files; concurrency = jobs.max(1)]
}

fn main() {
    let jobs: i64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(4);
    let sums = futures::executor::block_on(run(jobs, &["a.txt", "b.txt"]));
    println!("{sums:?}");
}
