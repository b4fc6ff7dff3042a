//! mistake: leaves the element un-awaited under `concurrency`, as Python hands `asyncio.gather` bare coroutines
//! offending: fetch(u)
//! category: python-habit
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let bodies: Vec<String> = acomp![fetch(u) for u in &urls; concurrency = 8];
    println!("{bodies:?}");
}
