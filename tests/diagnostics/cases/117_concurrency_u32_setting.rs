//! mistake: `concurrency = cfg.max_parallel` where the setting is a `u32`
//! offending: cfg.max_parallel
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

struct Config {
    max_parallel: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel: 8 };
    let urls = vec!["a.org", "b.org"];
    let pages = acomp![fetch(u).await for u in &urls; concurrency = cfg.max_parallel];
    println!("{pages:?}");
}
