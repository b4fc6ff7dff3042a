//! mistake: annotates the pages an async comprehension fetches as `Vec<&str>`, but each awaited page is an owned `String`
//! offending: fetch(u).await
//! category: async

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let mut pages: Vec<&str> = Vec::new();
    for u in &urls {
        pages.push(fetch(u).await);
    }
    println!("{pages:?}");
}
