//! mistake: `fetch(u)?.await` (hand-written)
async fn fetch(url: &str) -> Result<String, String> {
    Ok(format!("<html>{url}</html>"))
}

async fn crawl(urls: &[&str]) -> Result<Vec<String>, String> {
    let mut pages = Vec::new();
    for u in urls {
        pages.push(fetch(u)?.await);
    }
    Ok(pages)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", crawl(&["a", "b"]).await);
}
