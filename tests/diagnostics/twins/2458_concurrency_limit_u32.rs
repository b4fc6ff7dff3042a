//! mistake: passed a `u32` setting as the concurrency limit, which must be a `usize`
//! offending: settings.max_parallel_requests
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct SyncSettings {
    max_parallel_requests: u32,
}

async fn push_attendance(section: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    !section.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let settings = SyncSettings { max_parallel_requests: 4 };
    let sections = vec!["HR-101", "HR-102", "HR-103"];
    let ok: Vec<bool> = futures::stream::iter(&sections)
        .map(|s| push_attendance(s))
        .buffered(settings.max_parallel_requests)
        .collect()
        .await;
    println!("{ok:?}");
}
