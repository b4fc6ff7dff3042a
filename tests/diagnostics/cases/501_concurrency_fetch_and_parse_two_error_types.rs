//! mistake: under `concurrency`, `?` on the fetch's FetchError and on a ParseIntError in one element, in a fn returning FetchError
//! offending: parse::<u32>()?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.starts_with("http") { Ok(" 42 ".to_string()) } else { Err(FetchError(url.to_string())) }
}

async fn counters(urls: &[&str]) -> Result<Vec<u32>, FetchError> {
    acomp![fetch(u).await?.trim().parse::<u32>()? for u in urls; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", counters(&["http://a/count"]).await);
}
