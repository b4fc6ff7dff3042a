//! mistake: Python's `[x async for x in aiter]` written with `comp!` (not `acomp!`) inside an async fn
//! offending: async
//! category: async
use comprehensions::comp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec![3, -1, 4]);
    // Python: positive = [e async for e in events if e > 0]
    let positive = comp![e async for e in events if e > 0];
    println!("{positive:?}");
}
