//! offending: fetch(u)?
async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<html>{url}</html>"))
}

async fn pages(urls: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for u in urls {
        out.push(fetch(u)?.await);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", pages(&["a"]).await);
}
