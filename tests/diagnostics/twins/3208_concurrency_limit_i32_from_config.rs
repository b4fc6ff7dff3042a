//! mistake: passed an `i32` config value as the `concurrency` limit, which must be a `usize`
//! offending: max_in_flight
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct FeedConfig {
    max_in_flight: i32,
}

async fn lineup(team: &str) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(4)).await;
    vec![format!("{team} GK"), format!("{team} ST")]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = FeedConfig { max_in_flight: 4 };
    let teams = vec!["Lens", "Lille", "Nice"];
    let lineups: Vec<Vec<String>> = futures::stream::iter(&teams)
        .map(|t| lineup(t))
        .buffered(cfg.max_in_flight)
        .collect()
        .await;
    println!("{lineups:?}");
}
