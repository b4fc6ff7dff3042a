//! offending: parse::<u32>()?
#[derive(Debug)]
struct FetchError(String);

async fn fetch(url: &str) -> Result<String, FetchError> {
    if url.starts_with("http") { Ok(" 42 ".to_string()) } else { Err(FetchError(url.to_string())) }
}

async fn counters(urls: &[&str]) -> Result<Vec<u32>, FetchError> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u).await?.trim().parse::<u32>()?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", counters(&["http://a/count"]).await);
}
