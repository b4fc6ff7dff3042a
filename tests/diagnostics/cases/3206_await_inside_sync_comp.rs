//! mistake: used `comp!` instead of `acomp!` for an element that awaits a box score
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

async fn box_score(match_id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("match {match_id}: 2-2")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![31, 32];
    let reports = comp![box_score(id).await for id in ids];
    println!("{reports:?}");
}
