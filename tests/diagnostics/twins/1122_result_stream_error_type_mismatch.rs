//! mistake: `?` on a stream's `io::Error` items inside a function whose error type is `String` (no `From<io::Error>` for `String`)
//! offending: ?
//! category: try
use futures::stream::{self, Stream, StreamExt};
use std::io;

fn lines() -> impl Stream<Item = Result<String, io::Error>> {
    stream::iter(vec![Ok("3".to_string()), Ok("4".to_string())])
}

async fn total_len() -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    let mut s = std::pin::pin!(lines());
    while let Some(line) = s.next().await {
        out.push(line?.len());
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", total_len().await);
}
