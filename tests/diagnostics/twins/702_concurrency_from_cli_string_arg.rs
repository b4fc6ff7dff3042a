//! mistake: passes the `--jobs` command-line argument, still a `String`, as `concurrency`
//! offending: jobs
//! category: async
use futures::stream::{self, StreamExt};

async fn check(host: &str) -> bool {
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs = std::env::args().nth(1).unwrap_or_else(|| String::from("4"));
    let hosts = vec!["db1", "db2", "cache"];
    let up: Vec<_> = stream::iter(&hosts)
        .map(|h| async move { (h, check(h).await) })
        .buffered(jobs)
        .collect()
        .await;
    println!("{up:?}");
}
