//! mistake: a loop that sends every message and discards every `Result`
//! offending: send(m).await;
//! category: lint
async fn send(msg: &str) -> Result<(), String> {
    if msg.is_empty() {
        Err("empty message".to_string())
    } else {
        Ok(())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let msgs = vec!["hello", "", "bye"];
    for m in msgs {
        send(m).await;
    }
}
