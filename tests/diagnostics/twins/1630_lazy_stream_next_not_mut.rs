//! mistake: `.next().await` on a lazy stream bound without `mut`
//! offending: events.next()
//! category: ownership
use futures::stream::{self, StreamExt};
use std::time::Duration;

async fn decode(frame: Vec<u8>) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    String::from_utf8_lossy(&frame).into_owned()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let frames = vec![b"login".to_vec(), b"logout".to_vec()];
    let events = Box::pin(stream::iter(frames).then(decode));
    while let Some(e) = events.next().await {
        println!("event: {e}");
    }
}
