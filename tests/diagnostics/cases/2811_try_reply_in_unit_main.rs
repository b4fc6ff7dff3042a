//! mistake: used `?` on the chat API result inside an async `main` that returns `()`
//! offending: ?
//! category: try
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct ApiError {
    status: u16,
}

async fn fetch_reply(prompt: &str) -> Result<String, ApiError> {
    tokio::time::sleep(Duration::from_millis(2)).await;
    if prompt.is_empty() {
        Err(ApiError { status: 400 })
    } else {
        Ok(format!("bot: {prompt}?"))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let prompts = vec!["weather in Oslo", "", "set an alarm"];
    let replies = acomp![fetch_reply(p).await? for p in &prompts];
    for r in replies {
        println!("{r}");
    }
}
