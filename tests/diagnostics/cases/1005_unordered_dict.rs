//! mistake: `unordered` on a dict display (it applies to list and lazy forms; a dict has no order to give up)
//! offending: unordered
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn size_of(path: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    path.len() as u64 * 1024
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let files = vec!["a.csv", "bb.csv", "ccc.csv"];
    let sizes = acomp!({*f: size_of(f).await for f in &files; concurrency = 8, unordered});
    println!("{sizes:?}");
}
