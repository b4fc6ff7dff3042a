//! mistake: Python's `enumerate(..)` builtin around a stream in `async for i, x in enumerate(s)`
//! offending: enumerate
//! category: python-habit
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let chunks = stream::iter(vec!["hdr", "body", "tail"]);
    let numbered = acomp![format!("{i}: {c}") async for i, c in enumerate(chunks)];
    println!("{numbered:?}");
}
