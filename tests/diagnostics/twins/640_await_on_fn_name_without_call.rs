//! mistake: awaits the async fn itself instead of calling it on the loop variable
//! category: async
async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut sizes: Vec<usize> = Vec::new();
    for _u in &urls {
        sizes.push(fetch.await);
    }
    println!("{sizes:?} for {} urls", urls.len());
}
