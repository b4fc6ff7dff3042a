//! offending: fetch(u).await?
async fn fetch(url: &str) -> Result<String, String> {
    Ok(url.to_uppercase())
}

async fn titles(urls: &[&str]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u).await?);
    }
    Some(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", titles(&["a", "b"]).await);
}
