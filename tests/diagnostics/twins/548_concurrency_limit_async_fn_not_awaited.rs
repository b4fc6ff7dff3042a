use futures::StreamExt;

async fn max_connections() -> usize {
    4
}

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb", "/ccc"];
    let sizes: Vec<usize> =
        futures::stream::iter(&urls).map(|u| fetch(u)).buffered(max_connections()).collect().await;
    println!("{sizes:?}");
}
