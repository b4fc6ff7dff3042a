//! mistake: `.await` on a lazy `acomp!` stream, expecting the collected list (hand-written)
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = stream::iter(&urls).then(|u| fetch(u)).await;
    println!("{pages:?}");
}
