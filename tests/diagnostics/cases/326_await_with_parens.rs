//! mistake: `.await()` called like a method
//! offending: .await()
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let sizes = acomp![fetch(u).await().len() for u in &urls];
    println!("{sizes:?}");
}
