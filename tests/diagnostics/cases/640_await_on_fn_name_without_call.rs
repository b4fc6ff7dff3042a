//! mistake: awaits the async fn itself instead of calling it on the loop variable
//! offending: fetch.await
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let sizes: Vec<usize> = acomp![fetch.await for u in &urls];
    println!("{sizes:?} for {} urls", urls.len());
}
