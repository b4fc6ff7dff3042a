//! mistake: a rate-limiting `tokio::time::sleep(..)` in the loop without `.await`
//! offending: tokio::time::sleep(Duration::from_millis(5))
//! category: lint
use std::time::Duration;

async fn fetch(id: u32) -> String {
    format!("page-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let mut pages = Vec::new();
    for id in ids {
        tokio::time::sleep(Duration::from_millis(5));
        pages.push(fetch(id).await);
    }
    println!("{pages:?}");
}
