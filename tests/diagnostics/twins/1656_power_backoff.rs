//! mistake: Python's exponential backoff `100 * 2 ** attempt` in a sync `comp!` helper
//! offending: 2 ** attempt
//! category: python-habit
use std::time::Duration;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let retries: u32 = 4;
    let delays: Vec<Duration> = (0..retries).map(|attempt| Duration::from_millis(100 * 2 ** attempt)).collect();
    let mut ok = Vec::new();
    for d in &delays {
        tokio::time::sleep(*d).await;
        ok.push(ping("db").await);
    }
    println!("{ok:?}");
}
