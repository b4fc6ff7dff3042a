//! mistake: annotating an `acomp!` with `.await?` as a plain Vec in `main` (hand-written)
//! offending: try_fetch(u).await?
async fn try_fetch(url: &str) -> Result<String, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(format!("<{url}>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut pages: Vec<String> = Vec::new();
    for u in &urls {
        pages.push(try_fetch(u).await?);
    }
    println!("{pages:?}");
}
