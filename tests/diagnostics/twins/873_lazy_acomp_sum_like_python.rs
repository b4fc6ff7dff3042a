//! mistake: Python's `sum(x async for x in ..)` written as `.sum()` on a stream, which has no `sum`
//! offending: sum
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn bytes_of(path: &str) -> u64 {
    path.len() as u64 * 100
}

async fn run(paths: &[&str]) -> u64 {
    stream::iter(paths).then(|p| bytes_of(p)).sum::<u64>()
}

fn main() {
    println!("{}", futures::executor::block_on(run(&["a", "b"])));
}
