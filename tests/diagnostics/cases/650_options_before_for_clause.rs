//! mistake: puts the `; concurrency = 4` option right after the element, before the for clause
//! offending: concurrency = 4 for
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes = acomp![fetch(u).await; concurrency = 4 for u in &urls];
    println!("{sizes:?}");
}
