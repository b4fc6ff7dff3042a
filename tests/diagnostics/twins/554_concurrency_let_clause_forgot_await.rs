use futures::StreamExt;

async fn fetch(url: &str) -> String {
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    let sizes: Vec<usize> = futures::stream::iter(&urls)
        .map(|u| async move {
            let body = fetch(u);
            body.len()
        })
        .buffered(4)
        .collect()
        .await;
    println!("{sizes:?}");
}
