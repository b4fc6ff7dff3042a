//! mistake: called `tokio::time::sleep(..)` between requests without `.await` (Python's `asyncio.sleep(0.05)` without `await` only warns at run time)
//! offending: tokio::time::sleep(Duration::from_millis(50));
//! category: lint
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut pages = Vec::new();
    for u in &urls {
        tokio::time::sleep(Duration::from_millis(50));
        pages.push(fetch(u).await);
    }
    println!("{pages:?}");
}
