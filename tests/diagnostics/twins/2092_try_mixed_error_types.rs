//! mistake: parsed each count endpoint's body with `parse::<u64>()?` in a function whose error type is `FetchError`, with no `From<ParseIntError>`
//! offending: parse::<u64>()?
//! category: try
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

async fn fetch_count(url: &str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.contains("/bad") {
        Err(FetchError(format!("502 from {url}")))
    } else {
        Ok(" 42\n".to_string())
    }
}

async fn counts(urls: &[String]) -> Result<Vec<u64>, FetchError> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch_count(u).await?.trim().parse::<u64>()?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://api.example.com/users/count".to_string()];
    println!("{:?}", counts(&urls).await);
}
