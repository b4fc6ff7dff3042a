//! mistake: an eager `acomp!` used for its side effects (Python's `[await send(m) for m in msgs]`), discarding every `Result`
//! offending: acomp![send(m).await for m in msgs];
//! category: lint
use comprehensions::acomp;

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
    acomp![send(m).await for m in msgs];
}
