//! mistake: `if let Some(..)` on `timeout(..).await`, which is a `Result`
//! offending: Some(p)
//! category: type
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(id as u64)).await;
    format!("page-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 50, 2];
    let mut fast = Vec::new();
    for id in ids {
        if let Some(p) = timeout(Duration::from_millis(20), fetch(id)).await {
            fast.push(p);
        }
    }
    println!("{fast:?}");
}
