//! mistake: separated the `concurrency` option from the clauses with a `,` instead of a `;`
//! offending: , concurrency = 4
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn head(url: &str) -> u16 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if url.ends_with("/missing") { 404 } else { 200 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://example.com/".to_string(), "https://example.com/missing".to_string()];
    let statuses = acomp![head(u).await for u in &urls, concurrency = 4];
    println!("{statuses:?}");
}
