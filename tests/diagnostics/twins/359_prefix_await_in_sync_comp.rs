//! mistake: `.await` inside a plain `map` closure in an async fn (hand-written)
//! offending: fetch(u).await
async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes: Vec<usize> = urls.iter().map(|u| fetch(u).await).collect();
    println!("{sizes:?}");
}
