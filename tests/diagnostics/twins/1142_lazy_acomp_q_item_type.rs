//! mistake: returns a lazy `acomp!` with a `?` in its element as `impl Stream<Item = u32>` (its items are `Result`s)
//! offending: ?
//! category: try
use futures::stream::{self, Stream, StreamExt};

fn parsed(lines: Vec<String>) -> impl Stream<Item = u32> {
    stream::iter(lines).map(|l| l.trim().parse::<u32>()?)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _s = parsed(vec!["1".into(), "x".into()]);
}
