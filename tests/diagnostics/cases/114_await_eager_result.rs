//! mistake: awaiting an eager `acomp!` (already awaited in place), as in `await asyncio.gather(..)`
//! offending: .await;
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages = acomp![fetch(u).await for u in &urls].await;
    println!("{pages:?}");
}
