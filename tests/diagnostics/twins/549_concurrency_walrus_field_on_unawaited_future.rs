//! offending: meta.size
use futures::StreamExt;

struct Meta {
    size: u64,
}

async fn head(url: &str) -> Meta {
    Meta { size: url.len() as u64 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb", "/ccc"];
    let big: Vec<(&&str, u64)> = futures::stream::iter(&urls)
        .map(|u| async move {
            let meta = head(u);
            if meta.size > 2 { Some((u, meta.size)) } else { None }
        })
        .buffered(8)
        .filter_map(|x| async move { x })
        .collect()
        .await;
    println!("{}", big.len());
}
