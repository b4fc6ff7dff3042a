//! mistake: `try_collect` of a buffered stream of a custom error in a function returning `Box<dyn Error>`, expecting `From`
//! offending: try_collect()
//! category: try
use futures::stream::{self, StreamExt, TryStreamExt};
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct FetchError(String);

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fetch failed: {}", self.0)
    }
}

impl Error for FetchError {}

async fn fetch(id: u32) -> Result<String, FetchError> {
    if id == 0 { Err(FetchError("zero".into())) } else { Ok(format!("item {id}")) }
}

async fn load(ids: &[u32]) -> Result<Vec<String>, Box<dyn Error>> {
    stream::iter(ids).map(|id| fetch(*id)).buffered(4).try_collect().await
}

fn main() {
    println!("{:?}", futures::executor::block_on(load(&[1, 2, 3])));
}
