//! mistake: passed the API config's `u32` rate limit as `concurrency`, which takes a `usize`
//! offending: cfg.max_parallel_requests
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct ApiConfig {
    model: &'static str,
    max_parallel_requests: u32,
}

async fn complete(model: &str, prompt: &str) -> String {
    tokio::time::sleep(Duration::from_millis(3)).await;
    format!("[{model}] answer to: {prompt}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = ApiConfig { model: "tiny-chat", max_parallel_requests: 4 };
    let prompts = vec!["define entropy", "translate 'cat' to German", "2+2?"];
    let answers: Vec<String> = futures::stream::iter(&prompts)
        .map(|p| complete(cfg.model, p))
        .buffered(cfg.max_parallel_requests)
        .collect()
        .await;
    println!("{answers:?}");
}
