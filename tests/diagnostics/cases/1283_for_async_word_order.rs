//! mistake: `for async x in s` (the two keywords of Python's `async for` swapped)
//! offending: async
//! category: syntax
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["login", "click", "logout"]);
    let kinds = acomp![e.len() for async e in events];
    println!("{kinds:?}");
}
