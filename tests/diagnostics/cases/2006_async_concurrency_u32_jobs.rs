//! mistake: gave `concurrency` a worker count parsed as `u32` (Python's `--jobs` int) where a `usize` is expected
//! offending: jobs
//! category: async
use comprehensions::acomp;
use futures::stream;

async fn word_count(line: String) -> usize {
    line.split_whitespace().count()
}

async fn run() {
    let jobs: u32 = "4".parse().unwrap();
    let lines = stream::iter(vec!["a b c".to_string(), "d e".to_string()]);
    let counts = acomp![word_count(l).await async for l in lines; concurrency = jobs];
    println!("{counts:?}");
}

fn main() {
    futures::executor::block_on(run());
}
