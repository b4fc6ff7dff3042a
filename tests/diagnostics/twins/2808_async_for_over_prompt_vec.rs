//! mistake: wrote `async for` over a plain `Vec` of prompts because the element awaits
//! offending: it.next().await
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn moderate(text: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !text.contains("badword")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let prompts = vec!["hello".to_string(), "this has badword".to_string(), "how are you".to_string()];
    let mut flags = Vec::new();
    let mut it = prompts.iter();
    while let Some(p) = it.next().await {
        flags.push((p.as_str(), moderate(p).await));
    }
    println!("{flags:?}");
}
