//! mistake: an async comprehension element `fetch(u).await.trim()` that borrows the awaited `String`, a temporary
//! offending: fetch(u).await
//! category: ownership
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("  <p>{url}</p>  ")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    // Python: bodies = [(await fetch(u)).strip() for u in urls]
    let bodies: Vec<&str> = acomp![fetch(u).await.trim() for u in &urls];
    println!("{bodies:?}");
}
