//! mistake: `fetch(u).await?` and `.parse::<u32>()?` in one comprehension, in a function whose error type has no `From<ParseIntError>`
//! offending: parse::<u32>()?
//! category: try
use std::time::Duration;

#[derive(Debug)]
enum ApiError {
    Http(u16),
}

async fn fetch_count(url: &str) -> Result<String, ApiError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.is_empty() { Err(ApiError::Http(404)) } else { Ok(format!(" {} ", url.len())) }
}

async fn counts(urls: &[String]) -> Result<Vec<u32>, ApiError> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch_count(u).await?.trim().parse::<u32>()?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a".to_string(), "/bb".to_string()];
    println!("{:?}", counts(&urls).await);
}
