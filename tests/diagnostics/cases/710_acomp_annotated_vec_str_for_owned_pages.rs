//! mistake: annotates the pages an async comprehension fetches as `Vec<&str>`, but each awaited page is an owned `String`
//! offending: fetch(u).await
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let pages: Vec<&str> = acomp![fetch(u).await for u in &urls];
    println!("{pages:?}");
}
