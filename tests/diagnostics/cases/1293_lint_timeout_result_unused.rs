//! mistake: the `Result` of `timeout(..).await` (a flush that may time out) discarded in the element's block
//! offending: timeout(Duration::from_millis(10), flush(id)).await;
//! category: lint
use comprehensions::acomp;
use std::time::Duration;
use tokio::time::timeout;

async fn flush(id: u32) -> u32 {
    id * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let done = acomp![{ timeout(Duration::from_millis(10), flush(id)).await; id } for id in ids];
    println!("{done:?}");
}
