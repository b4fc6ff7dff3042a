//! mistake: `tokio::spawn(fetch(u)).await??` relies on `?` converting both `JoinError` and `FetchError` into the function's `Box<dyn Error>`, which a comprehension does not do
//! offending: ??
//! category: try
use comprehensions::acomp;
use std::fmt;

#[derive(Debug)]
struct FetchError;

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fetch failed")
    }
}

impl std::error::Error for FetchError {}

async fn fetch(url: String) -> Result<String, FetchError> {
    Ok(url)
}

async fn get_all(urls: Vec<String>) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    acomp![tokio::spawn(fetch(u)).await?? for u in urls; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", get_all(vec!["a".into()]).await.map(|v| v.len()).ok());
}
