//! mistake: a `?` on an `io::Error` and a `?` on a `ParseIntError` in one loop whose function returns `io::Result`
//! offending: parse::<u64>()?
//! category: try
use futures::stream::{self, Stream, StreamExt};
use std::io;

async fn read_counter(name: &str) -> io::Result<String> {
    if name.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no name"));
    }
    Ok(format!(" {} ", name.len()))
}

async fn totals(mut names: impl Stream<Item = &'static str> + Unpin) -> io::Result<Vec<u64>> {
    let mut out = Vec::new();
    while let Some(n) = names.next().await {
        out.push(read_counter(n).await?.trim().parse::<u64>()?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", totals(stream::iter(vec!["hits", "misses"])).await);
}
