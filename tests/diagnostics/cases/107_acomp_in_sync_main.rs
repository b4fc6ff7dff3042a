//! mistake: an eager `acomp!` in a plain (non-async) `fn main`
//! offending: acomp![fetch(u).await for u in urls]
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

fn main() {
    let urls = ["a.org", "b.org"];
    let pages = acomp![fetch(u).await for u in urls];
    println!("{pages:?}");
}
