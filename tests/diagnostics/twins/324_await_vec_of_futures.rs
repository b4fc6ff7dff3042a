//! mistake: `.await` on a collected Vec of futures (hand-written)
//! offending: urls.iter().map(|u| fetch(u)).collect::<Vec<_>>().await
async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = urls.iter().map(|u| fetch(u)).collect::<Vec<_>>().await;
    println!("{pages:?}");
}
