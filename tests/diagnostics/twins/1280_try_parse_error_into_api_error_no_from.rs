//! mistake: a `?` on `ParseIntError` in a loop whose function returns the user's own `ApiError`, which has no conversion from it
//! offending: l.trim().parse::<u32>()?
//! category: try
use futures::stream::{self, Stream, StreamExt};

#[derive(Debug)]
enum ApiError {
    Timeout,
    BadPayload(String),
}

async fn body_ids(mut lines: impl Stream<Item = String> + Unpin) -> Result<Vec<u32>, ApiError> {
    let mut out = Vec::new();
    while let Some(l) = lines.next().await {
        if !l.is_empty() {
            out.push(l.trim().parse::<u32>()?);
        }
    }
    Ok(out)
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
