//! mistake: a `?` on `ParseIntError` in an async comprehension whose function returns the user's own `ApiError`, which has no conversion from it
//! offending: l.trim().parse::<u32>()?
//! category: try
use comprehensions::acomp;
use futures::stream::{self, Stream};

#[derive(Debug)]
enum ApiError {
    Timeout,
    BadPayload(String),
}

async fn body_ids(lines: impl Stream<Item = String> + Unpin) -> Result<Vec<u32>, ApiError> {
    acomp![l.trim().parse::<u32>()? async for l in lines if !l.is_empty()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = stream::iter(vec!["12".to_string(), "".to_string(), "x".to_string()]);
    match body_ids(lines).await {
        Ok(ids) => println!("{ids:?}"),
        Err(ApiError::Timeout) => println!("timeout"),
        Err(ApiError::BadPayload(p)) => println!("bad {p}"),
    }
}
