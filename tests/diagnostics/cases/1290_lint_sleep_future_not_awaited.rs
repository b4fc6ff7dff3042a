//! mistake: a rate-limiting `tokio::time::sleep(..)` in the element's block without `.await` (Python's `asyncio.sleep` without `await`)
//! offending: tokio::time::sleep(Duration::from_millis(5))
//! category: lint
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(id: u32) -> String {
    format!("page-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let pages = acomp![{ tokio::time::sleep(Duration::from_millis(5)); fetch(id).await } for id in ids];
    println!("{pages:?}");
}
