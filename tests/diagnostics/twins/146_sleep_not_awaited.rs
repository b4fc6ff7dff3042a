//! mistake: calling `tokio::time::sleep(..)` without `.await` inside an `acomp!` element (hand-written)
use tokio::time::{sleep, Duration};

async fn poll(id: u32) -> u32 {
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2];
    let mut results = Vec::new();
    for id in ids {
        sleep(Duration::from_millis(5));
        results.push(poll(id).await);
    }
    println!("{results:?}");
}
