//! mistake: `.await` inside a synchronous closure in an async fn (hand-written)
async fn fetch_title(url: &str) -> String {
    format!("title of {url}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let titles: Vec<String> = urls.iter().map(|u| fetch_title(u).await).collect();
    println!("{titles:?}");
}
