use std::sync::Arc;

use comprehensions::acomp;

async fn get(base: &str, path: &str) -> String {
    format!("{base}/{path}")
}

async fn run() -> Vec<String> {
    let base = Arc::new(String::from("https://api"));
    // Without `spawn(base)`, each task would take `base` itself.
    acomp![get(&base, p).await for p in ["users", "posts"]; concurrency = 2, spawn]
}

fn main() {
    let _ = run();
}
