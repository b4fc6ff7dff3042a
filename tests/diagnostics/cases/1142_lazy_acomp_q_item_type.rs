//! mistake: returns a lazy `acomp!` with a `?` in its element as `impl Stream<Item = u32>` (its items are `Result`s)
//! offending: ?
//! category: try
use comprehensions::acomp;
use futures::stream::{self, Stream};

fn parsed(lines: Vec<String>) -> impl Stream<Item = u32> {
    acomp!((l.trim().parse::<u32>()? async for l in stream::iter(lines)))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _s = parsed(vec!["1".into(), "x".into()]);
}
