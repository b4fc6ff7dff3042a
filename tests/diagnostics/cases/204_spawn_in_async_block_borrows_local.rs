//! mistake: an eager `acomp!` over `&urls` inside `tokio::spawn(async { .. })`, which needs `'static`
//! offending: &urls
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org".to_string(), "b.org".to_string()];
    let handle = tokio::spawn(async { acomp![fetch(u).await for u in &urls] });
    println!("{:?}", handle.await.unwrap());
}
