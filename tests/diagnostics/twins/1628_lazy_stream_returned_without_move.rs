//! mistake: a lazy `acomp!((..))` stream (Python's async generator) returned from a function without `move`, borrowing a parameter
//! offending: |e| format!("{service}.{e}")
//! category: ownership
use futures::stream::{self, Stream, StreamExt};

fn qualified(events: Vec<String>, service: String) -> impl Stream<Item = String> {
    stream::iter(events).map(|e| format!("{service}.{e}"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names: Vec<String> = qualified(vec!["start".into(), "stop".into()], "billing".into())
        .collect()
        .await;
    println!("{names:?}");
}
