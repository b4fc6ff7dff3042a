//! mistake: calling `.next()` on a lazy `acomp!` stream without importing `StreamExt`
//! offending: next
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut doubled = acomp!((x * 2 async for x in stream::iter(vec![1, 2, 3])));
    while let Some(v) = doubled.next().await {
        println!("{v}");
    }
}
