//! mistake: writes the concurrency option as a call, concurrency(8), like a keyword argument turned into a function
//! offending: concurrency(8)
//! category: syntax
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency(8)];
    println!("{sizes:?}");
}
