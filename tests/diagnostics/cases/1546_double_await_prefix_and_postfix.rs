//! mistake: half-converted from Python: both the prefix `await` and the postfix `.await`
//! offending: await fetch(u).await
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io"];
    let pages = acomp![await fetch(u).await for u in &urls];
    println!("{pages:?}");
}
