//! mistake: wrote `async for` over a plain `Vec` of DOIs
//! offending: dois
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn is_open_access(doi: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    doi.starts_with("10.1371")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dois: Vec<String> = vec!["10.1371/journal.pmed.0020124".into(), "10.1016/j.cell.2011.02.013".into()];
    let open = acomp![d.clone() async for d in dois if is_open_access(&d).await];
    println!("{open:?}");
}
