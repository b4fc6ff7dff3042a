//! mistake: a concurrent send written as a statement comprehension (Python's `await gather(*[send(m) ..])` without looking at the results)
//! offending: send(m).await
//! category: lint
use std::time::Duration;

#[derive(Debug)]
struct SendError;

async fn send(msg: &str) -> Result<(), SendError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if msg.is_empty() { Err(SendError) } else { Ok(()) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let msgs = vec!["hello".to_string(), String::new()];
    for m in &msgs {
        send(m).await;
    }
    println!("sent {}", msgs.len());
}
