//! mistake: called `.next()` on the lazy `acomp!` stream without importing `StreamExt`
//! offending: next
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_report_card(student_id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("report card #{student_id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let student_ids = vec![9001u32, 9002, 9003];
    let mut cards = acomp!((fetch_report_card(id).await for id in student_ids; concurrency = 2));
    while let Some(card) = cards.next().await {
        println!("{card}");
    }
}
