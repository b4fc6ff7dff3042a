//! mistake: called `.next()` on the buffered stream without importing `StreamExt`
//! offending: map
//! category: async
use std::time::Duration;

async fn fetch_report_card(student_id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("report card #{student_id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let student_ids = vec![9001u32, 9002, 9003];
    let mut cards = futures::stream::iter(student_ids).map(fetch_report_card).buffered(2);
    while let Some(card) = cards.next().await {
        println!("{card}");
    }
}
