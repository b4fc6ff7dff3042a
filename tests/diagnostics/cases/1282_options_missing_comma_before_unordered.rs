//! mistake: options written without the comma between them, `concurrency = 4 unordered`
//! offending: unordered
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn resize(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("thumb_{name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let images = vec!["a.png", "b.png", "c.png"];
    let thumbs = acomp![resize(i).await for i in &images; concurrency = 4 unordered];
    println!("{thumbs:?}");
}
