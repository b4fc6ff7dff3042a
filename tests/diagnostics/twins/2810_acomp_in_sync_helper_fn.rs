//! mistake: used an eager `acomp!` inside a plain (non-async) helper function
//! offending: .await
//! category: async
use std::time::Duration;

async fn summarize(doc: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    doc.split('.').next().unwrap_or("").to_string()
}

fn summarize_all(docs: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for d in docs {
        out.push(summarize(d).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let docs = ["The user wants a refund. They are angry.", "Order shipped. ETA Friday."];
    println!("{:?}", summarize_all(&docs));
}
