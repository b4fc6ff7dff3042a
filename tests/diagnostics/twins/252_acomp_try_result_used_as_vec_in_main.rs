//! mistake: `?` in a loop inside a `main` returning `()` (hand-written)
//! offending: ?
async fn fetch(url: &str) -> Result<String, std::io::Error> {
    Ok(format!("<p>{url}</p>"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let mut pages = Vec::new();
    for u in &urls {
        pages.push(fetch(u).await?);
    }
    println!("fetched {}", pages.len());
}
