//! mistake: writes the concurrency option with a comparison `==` instead of `=`
//! offending: concurrency == 4
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency == 4];
    println!("{sizes:?}");
}
