//! mistake: an eager `acomp!` inside a non-async closure (`.map(|b| acomp![..])`)
//! offending: acomp![fetch(u).await for u in b]
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let batches = vec![vec!["a.org", "b.org"], vec!["c.org"]];
    let pages: Vec<Vec<String>> = batches.iter().map(|b| acomp![fetch(u).await for u in b]).collect();
    println!("{pages:?}");
}
