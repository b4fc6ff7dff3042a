//! mistake: paged through the API with Python's `range(1, last_page + 1)`
//! offending: range(1, last_page + 1)
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_page(n: u32) -> Vec<u64> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    vec![u64::from(n) * 10, u64::from(n) * 10 + 1]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let last_page: u32 = 4;
    let ids = acomp![id for p in range(1, last_page + 1) for id in fetch_page(p).await; concurrency = 2];
    println!("{ids:?}");
}
