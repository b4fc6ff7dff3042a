//! mistake: a backoff schedule computed with `Duration * u64` (Python's `timedelta * int`); `Duration` multiplies by `u32`
//! offending: base * attempt
//! category: type
use std::time::Duration;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let retries: u64 = 3;
    let base = Duration::from_millis(100);
    let delays: Vec<Duration> = (1..=retries).map(|attempt| base * attempt).collect();
    let mut ok = Vec::new();
    for d in delays.iter().copied() {
        tokio::time::sleep(d).await;
        ok.push(ping("db").await);
    }
    println!("{ok:?}");
}
