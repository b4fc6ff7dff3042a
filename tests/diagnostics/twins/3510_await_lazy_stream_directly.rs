//! mistake: awaited the lazy `acomp!((..))` stream itself, as if it were a coroutine returning a list
//! offending: .await;
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn render(record: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("{{\"msg\":\"{record}\"}}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let records = vec!["started".to_string(), "stopped".to_string()];
    let lines: Vec<String> = futures::stream::iter(&records).then(|r| render(r)).await;
    println!("{lines:?}");
}
