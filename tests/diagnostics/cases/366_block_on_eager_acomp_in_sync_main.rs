//! mistake: wrapping an eager `acomp!` in `block_on(..)` in a sync `main` (Python's `asyncio.run(...)`), though it is awaited in place
//! offending: acomp![fetch(u).await for u in &urls]
//! category: async
use comprehensions::acomp;
use futures::executor::block_on;

async fn fetch(u: &str) -> usize {
    u.len()
}

fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes = block_on(acomp![fetch(u).await for u in &urls]);
    println!("{sizes:?}");
}
