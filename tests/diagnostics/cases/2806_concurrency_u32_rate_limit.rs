//! mistake: passed the API config's `u32` rate limit as `concurrency`, which takes a `usize`
//! offending: cfg.max_parallel_requests
//! category: async
use comprehensions::acomp;
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
    let answers = acomp![complete(cfg.model, p).await for p in &prompts; concurrency = cfg.max_parallel_requests];
    println!("{answers:?}");
}
