//! mistake: `block_on(..)` around a lazy `acomp!` stream in a sync `main` (Python's `asyncio.run(agen)`), though a stream is not a future
//! offending: acomp!((p * 2 async for p in prices))
//! category: async
use comprehensions::acomp;
use futures::executor::block_on;
use futures::stream;

fn main() {
    let prices = stream::iter(vec![10, 20]);
    let doubled: Vec<i32> = block_on(acomp!((p * 2 async for p in prices)));
    println!("{doubled:?}");
}
