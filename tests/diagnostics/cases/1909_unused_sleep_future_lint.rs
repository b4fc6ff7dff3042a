//! mistake: called `tokio::time::sleep(..)` between requests without `.await` (Python's `asyncio.sleep(0.05)` without `await` only warns at run time)
//! offending: tokio::time::sleep(Duration::from_millis(50));
//! category: lint
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let pages = acomp![{ tokio::time::sleep(Duration::from_millis(50)); fetch(u).await } for u in &urls];
    println!("{pages:?}");
}
