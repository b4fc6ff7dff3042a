//! mistake: Python's `max_workers=None` ("no limit") passed as `buffered(None)`
//! offending: None
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn resize(img: &str) -> String {
    format!("{img}.thumb")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let images = vec!["a.png", "b.png"];
    let thumbs: Vec<String> = stream::iter(&images).map(|i| resize(i)).buffered(None).collect().await;
    println!("{thumbs:?}");
}
