//! mistake: a lazy `acomp!((..))` stream (Python's async generator) returned from a function without `move`, borrowing a parameter
//! offending: (format!("{service}.{e}") for e in events)
//! category: ownership
use comprehensions::acomp;
use futures::{Stream, StreamExt};

fn qualified(events: Vec<String>, service: String) -> impl Stream<Item = String> {
    acomp!((format!("{service}.{e}") for e in events))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names: Vec<String> = qualified(vec!["start".into(), "stop".into()], "billing".into())
        .collect()
        .await;
    println!("{names:?}");
}
