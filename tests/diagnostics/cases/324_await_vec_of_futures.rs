//! mistake: `.await` on a list of futures from `comp!`, as if awaiting a list gathered them (Python's `await asyncio.gather(*[..])` half-remembered)
//! offending: comp![fetch(u) for u in &urls].await
//! category: async
use comprehensions::comp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = comp![fetch(u) for u in &urls].await;
    println!("{pages:?}");
}
