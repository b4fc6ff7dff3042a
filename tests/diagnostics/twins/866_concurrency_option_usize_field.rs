//! mistake: the limit is an optional setting, `Option<usize>`, passed to `buffered` without unwrapping it
//! offending: opts.max_parallel
//! category: type
use futures::stream::{self, StreamExt};

struct Options {
    max_parallel: Option<usize>,
}

async fn resize(path: &str) -> u64 {
    path.len() as u64 * 10
}

async fn resize_all(opts: &Options, paths: Vec<&str>) -> Vec<u64> {
    stream::iter(paths).map(|p| resize(p)).buffered(opts.max_parallel).collect().await
}

fn main() {
    let opts = Options { max_parallel: Some(2) };
    let sizes = futures::executor::block_on(resize_all(&opts, vec!["a.png", "b.png"]));
    println!("{sizes:?}");
}
