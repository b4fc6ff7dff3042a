//! mistake: wrote `async for` over a plain `Vec` of prompts because the element awaits
//! offending: &prompts
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn moderate(text: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !text.contains("badword")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let prompts = vec!["hello".to_string(), "this has badword".to_string(), "how are you".to_string()];
    let flags = acomp![(p.as_str(), moderate(p).await) async for p in &prompts];
    println!("{flags:?}");
}
