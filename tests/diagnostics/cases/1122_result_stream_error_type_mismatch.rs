//! mistake: `?` on a stream's `io::Error` items inside a function whose error type is `String` (no `From<io::Error>` for `String`)
//! offending: ?
//! category: try
use comprehensions::acomp;
use futures::stream::{self, Stream};
use std::io;

fn lines() -> impl Stream<Item = Result<String, io::Error>> {
    stream::iter(vec![Ok("3".to_string()), Ok("4".to_string())])
}

async fn total_len() -> Result<Vec<usize>, String> {
    acomp![line?.len() async for line in lines()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", total_len().await);
}
