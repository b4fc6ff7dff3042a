//! mistake: wrote the concurrency option as `concurrency: 4` (a keyword-argument/struct habit) instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use futures::StreamExt;
use std::time::Duration;

async fn fetch_roster(course_id: u32) -> Vec<String> {
    tokio::time::sleep(Duration::from_millis(3)).await;
    vec![format!("student-of-{course_id}")]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let course_ids = vec![101u32, 102, 230];
    let rosters: Vec<Vec<String>> = futures::stream::iter(course_ids)
        .map(|id| fetch_roster(id))
        .buffered(concurrency: 4)
        .collect()
        .await;
    println!("{rosters:?}");
}
