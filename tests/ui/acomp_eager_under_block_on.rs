// An eager `acomp!` is awaited in place: wrapped in `block_on(..)` from sync
// code (Python's `asyncio.run(..)`), it is rustc's "`await` is only allowed
// inside `async` functions and blocks", once, as for a hand-written
// `.await` there; not also "`Vec<usize>` is not a future".
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
