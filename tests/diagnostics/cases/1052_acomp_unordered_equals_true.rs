//! mistake: `unordered` written as a keyword argument, `unordered = true`
//! offending: = true
//! category: syntax
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "bb"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = 8, unordered = true];
    println!("{sizes:?}");
}
