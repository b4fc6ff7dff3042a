//! mistake: used `?` hoping to skip failed fetches in a `main` returning `()` (Python's `try: ... except: continue` around each fetch)
//! offending: fetch(u).await?
//! category: try
async fn fetch(url: &str) -> Result<String, String> {
    if url.contains("bad") { Err(format!("{url}: 500")) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://ok.example", "https://bad.example"];
    let mut pages: Vec<String> = Vec::new();
    for u in &urls {
        pages.push(fetch(u).await?);
    }
    println!("{} pages", pages.len());
}
