//! mistake: the `Result` of `timeout(..).await` (a flush that may time out) discarded in the loop
//! offending: timeout(Duration::from_millis(10), flush(id)).await;
//! category: lint
use std::time::Duration;
use tokio::time::timeout;

async fn flush(id: u32) -> u32 {
    id * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let mut done = Vec::new();
    for id in ids {
        timeout(Duration::from_millis(10), flush(id)).await;
        done.push(id);
    }
    println!("{done:?}");
}
