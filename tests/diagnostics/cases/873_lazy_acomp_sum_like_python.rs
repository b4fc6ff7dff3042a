//! mistake: Python's `sum(x async for x in ..)` written as `.sum()` on the lazy stream, which has no `sum`
//! offending: sum
//! category: python-habit
use comprehensions::acomp;

async fn bytes_of(path: &str) -> u64 {
    path.len() as u64 * 100
}

async fn run(paths: &[&str]) -> u64 {
    acomp!((bytes_of(p).await for p in paths)).sum::<u64>()
}

fn main() {
    println!("{}", futures::executor::block_on(run(&["a", "b"])));
}
