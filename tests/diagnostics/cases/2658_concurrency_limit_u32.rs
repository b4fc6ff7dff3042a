//! mistake: gave `concurrency =` a `u32` from the config instead of a `usize`
//! offending: max_parallel
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_parallel: u32,
}

async fn notify(user_id: u64) -> bool {
    tokio::time::sleep(Duration::from_millis(3)).await;
    user_id % 2 == 0
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel: 4 };
    let attendees = vec![101u64, 102, 103, 104, 105];
    let max_parallel = cfg.max_parallel;
    let sent = acomp![notify(*u).await for u in &attendees; concurrency = max_parallel];
    println!("{sent:?}");
}
