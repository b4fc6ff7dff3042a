//! mistake: the stream consumes `urls`, then the code zips the results with `urls`
//! offending: urls.iter()
//! category: async
use futures::StreamExt;

async fn fetch(url: String) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = vec!["https://a.example".into(), "https://bb.example".into()];
    let sizes: Vec<usize> = futures::stream::iter(urls).map(fetch).buffer_unordered(8).collect().await;
    for (u, s) in urls.iter().zip(&sizes) {
        println!("{u}: {s}");
    }
}
