//! mistake: `.parse<u32>()` without the turbofish on an awaited body, in the element
//! offending: parse<u32>()
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_counter(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("{}\n", name.len() * 7)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["hits", "misses"];
    let counts = acomp![fetch_counter(n).await.trim().parse<u32>().unwrap_or(0) for n in &names];
    println!("{counts:?}");
}
