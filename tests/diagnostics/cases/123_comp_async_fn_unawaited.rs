//! mistake: calling an async fn in a sync `comp!` and using the result as its output
//! offending: len
//! category: async
use comprehensions::comp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

fn main() {
    let urls = vec!["a.org", "b.org"];
    let sizes = comp![fetch(u).len() for u in &urls];
    println!("{sizes:?}");
}
