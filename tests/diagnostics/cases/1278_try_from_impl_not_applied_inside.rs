//! mistake: relies on `impl From<io::Error> for FetchError` inside the comprehension (its `?` does no `From` conversion)
//! offending: robots_ok(u).await?
//! category: try
use comprehensions::acomp;
use std::io;

#[derive(Debug)]
enum FetchError {
    Status(u16),
    Io(io::Error),
}

impl From<io::Error> for FetchError {
    fn from(e: io::Error) -> Self {
        FetchError::Io(e)
    }
}

async fn robots_ok(url: &str) -> io::Result<bool> {
    Ok(!url.contains("private"))
}

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.ends_with("404") {
        return Err(FetchError::Status(404));
    }
    Ok(format!("<html>{url}</html>"))
}

async fn crawl(urls: &[&str]) -> Result<Vec<String>, FetchError> {
    acomp![fetch(u).await? for u in urls if robots_ok(u).await?]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", crawl(&["a.io", "private.io", "b.io/404"]).await);
}
