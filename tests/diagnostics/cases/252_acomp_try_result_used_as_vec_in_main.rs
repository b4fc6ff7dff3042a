//! mistake: `?` in an async comprehension inside a `main` returning `()`, then using the result as a `Vec` (`.len()`)
//! offending: pages.len()
//! category: try
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<String, std::io::Error> {
    Ok(format!("<p>{url}</p>"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let pages = acomp![fetch(u).await? for u in &urls];
    println!("fetched {}", pages.len());
}
