//! mistake: Python's `enumerate(..)` builtin around a stream before `.next().await`
//! offending: enumerate
//! category: python-habit
use futures::stream;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let chunks = stream::iter(vec!["hdr", "body", "tail"]);
    let mut it = enumerate(chunks);
    let mut numbered = Vec::new();
    while let Some((i, c)) = it.next().await {
        numbered.push(format!("{i}: {c}"));
    }
    println!("{numbered:?}");
}
