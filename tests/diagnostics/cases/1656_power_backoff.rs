//! mistake: Python's exponential backoff `100 * 2 ** attempt` in a sync `comp!` helper
//! offending: 2 ** attempt
//! category: python-habit
use comprehensions::{acomp, comp};
use std::time::Duration;

async fn ping(host: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let retries: u32 = 4;
    let delays = comp![Duration::from_millis(100 * 2 ** attempt) for attempt in 0..retries];
    let ok = acomp![{ tokio::time::sleep(*d).await; ping("db").await } for d in &delays];
    println!("{ok:?}");
}
