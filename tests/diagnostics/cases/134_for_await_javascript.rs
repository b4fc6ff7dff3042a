//! mistake: JavaScript's `for await x in s` instead of `async for`
//! offending: await
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["open", "close"]);
    let names = acomp![e.to_uppercase() for await e in events];
    println!("{names:?}");
}
