//! mistake: gave `concurrency` a worker count parsed as `u32` (Python's `--jobs` int) where a `usize` is expected
//! offending: jobs
//! category: async
use futures::stream;
use futures::StreamExt;

async fn word_count(line: String) -> usize {
    line.split_whitespace().count()
}

async fn run() {
    let jobs: u32 = "4".parse().unwrap();
    let lines = stream::iter(vec!["a b c".to_string(), "d e".to_string()]);
    let counts: Vec<usize> = lines.map(word_count).buffered(jobs).collect().await;
    println!("{counts:?}");
}

fn main() {
    futures::executor::block_on(run());
}
