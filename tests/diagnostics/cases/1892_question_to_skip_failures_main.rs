//! mistake: used `?` hoping to skip failed fetches in a `main` returning `()` (Python's `try: ... except: continue` around each fetch)
//! offending: fetch(u).await?
//! category: try
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, String> {
    if url.contains("bad") { Err(format!("{url}: 500")) } else { Ok(format!("<html>{url}</html>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://ok.example", "https://bad.example"];
    let pages: Vec<String> = acomp![fetch(u).await? for u in &urls];
    println!("{} pages", pages.len());
}
