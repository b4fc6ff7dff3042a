//! mistake: wrote `async for` over a plain `Vec` of DOIs
//! offending: dois
//! category: async
use futures::StreamExt;
use std::time::Duration;

async fn is_open_access(doi: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    doi.starts_with("10.1371")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut dois: Vec<String> = vec!["10.1371/journal.pmed.0020124".into(), "10.1016/j.cell.2011.02.013".into()];
    let mut open = Vec::new();
    while let Some(d) = dois.next().await {
        if is_open_access(&d).await {
            open.push(d.clone());
        }
    }
    println!("{open:?}");
}
