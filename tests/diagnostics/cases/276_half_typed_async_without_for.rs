//! mistake: half-typed async comprehension, `async` typed but not yet `for`
//! offending: async]
//! category: syntax
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec![1, 2, 3]);
    let got = acomp![e async];
    println!("{got:?}");
    drop(events);
}
