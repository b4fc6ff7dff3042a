//! mistake: a `?` on an `io::Error` and a `?` on a `ParseIntError` in one async comprehension whose function returns `io::Result`
//! offending: parse::<u64>()?
//! category: try
use comprehensions::acomp;
use futures::stream::{self, Stream};
use std::io;

async fn read_counter(name: &str) -> io::Result<String> {
    if name.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no name"));
    }
    Ok(format!(" {} ", name.len()))
}

async fn totals(names: impl Stream<Item = &'static str> + Unpin) -> io::Result<Vec<u64>> {
    acomp![read_counter(n).await?.trim().parse::<u64>()? async for n in names]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", totals(stream::iter(vec!["hits", "misses"])).await);
}
