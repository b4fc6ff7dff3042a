//! mistake: a concurrent send written as a statement comprehension (Python's `await gather(*[send(m) ..])` without looking at the results)
//! offending: acomp![send(m).await for m in &msgs; concurrency = 8]
//! category: lint
use comprehensions::acomp;
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
    acomp![send(m).await for m in &msgs; concurrency = 8];
    println!("sent {}", msgs.len());
}
