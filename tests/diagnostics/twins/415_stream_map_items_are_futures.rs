use futures::stream::{self, StreamExt};

async fn fetch(id: u32) -> String {
    format!("page {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let mut sizes: Vec<usize> = Vec::new();
    let mut pages = stream::iter(ids).map(fetch);
    while let Some(page) = pages.next().await {
        sizes.push(page.len());
    }
    println!("{:?}", sizes);
}
