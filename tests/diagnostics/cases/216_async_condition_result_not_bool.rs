//! mistake: an `if` clause on an async health check that returns `Result<bool, _>`, used as a bool
//! offending: is_alive(h).await
//! category: async
use comprehensions::acomp;

async fn is_alive(host: &str) -> Result<bool, String> {
    Ok(!host.is_empty())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db1", ""];
    let up = acomp![h for h in &hosts if is_alive(h).await; concurrency = 4];
    println!("{up:?}");
}
