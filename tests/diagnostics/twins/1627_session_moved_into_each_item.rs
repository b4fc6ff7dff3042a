//! mistake: a non-`Clone` `Session` passed by value to every concurrent item (Python shares the session object)
//! offending: download(session, u)
//! category: ownership
use futures::stream::{self, StreamExt};
use std::time::Duration;

struct Session {
    token: String,
}

async fn download(session: Session, url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    session.token.len() + url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let session = Session { token: "secret".to_string() };
    let urls = vec!["/a".to_string(), "/b".to_string(), "/c".to_string()];
    let sizes: Vec<usize> = stream::iter(&urls)
        .map(|u| download(session, u))
        .buffered(4)
        .collect()
        .await;
    println!("{sizes:?}");
}
