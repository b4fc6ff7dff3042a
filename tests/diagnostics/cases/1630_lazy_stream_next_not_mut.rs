//! mistake: `.next().await` on a lazy stream bound without `mut`
//! offending: events.next()
//! category: ownership
use comprehensions::acomp;
use futures::StreamExt;
use std::time::Duration;

async fn decode(frame: Vec<u8>) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    String::from_utf8_lossy(&frame).into_owned()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let frames = vec![b"login".to_vec(), b"logout".to_vec()];
    let events = acomp!((decode(f).await for f in frames));
    while let Some(e) = events.next().await {
        println!("event: {e}");
    }
}
