//! mistake: leaves the element un-awaited under `concurrency`, as Python hands `asyncio.gather` bare coroutines
//! offending: fetch(u)
//! category: python-habit
async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let mut bodies: Vec<String> = Vec::new();
    for u in &urls {
        bodies.push(fetch(u));
    }
    println!("{bodies:?}");
}
