//! mistake: incrementing a shared counter from concurrent items (Python's `nonlocal done` under `gather`)
//! offending: done += 1
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org", "c.org"];
    let mut done = 0;
    let pages = acomp![{ done += 1; fetch(u).await } for u in &urls; concurrency = 2];
    println!("{done} {pages:?}");
}
