//! mistake: `async for` over `&stream` (a shared reference) instead of `&mut stream`
//! offending: &events
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["open", "close"]);
    let names = acomp![e async for e in &events];
    println!("{names:?}");
}
