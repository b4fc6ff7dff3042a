//! mistake: Python's `max(...)` of fetched prices as `.max()` on a lazy `acomp!` stream (an iterator method)
//! offending: max()
//! category: async
use futures::StreamExt;

async fn price(sku: &str) -> u32 {
    sku.len() as u32 * 100
}

async fn run() {
    let skus = vec!["A1", "B22", "C333"];
    let top = futures::stream::iter(&skus).then(|s| price(s)).max();
    println!("{top:?}");
}

fn main() {
    futures::executor::block_on(run());
}
