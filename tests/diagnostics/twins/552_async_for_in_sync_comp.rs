//! offending: events
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec![3, -1, 4]);
    let mut positive = Vec::new();
    for e in events {
        if e > 0 {
            positive.push(e);
        }
    }
    println!("{positive:?}");
}
