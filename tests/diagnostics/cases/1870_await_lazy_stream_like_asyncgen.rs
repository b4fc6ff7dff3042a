//! mistake: awaited a lazy `acomp!((..))` stream to get its items (Python habit: `await` on an async generator expression)
//! offending: .await;
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = acomp!((fetch(u).await for u in &urls)).await;
    println!("{pages:?}");
}

fn main() {
    futures::executor::block_on(run());
}
