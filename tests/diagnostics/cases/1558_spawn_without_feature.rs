//! mistake: `spawn` used without enabling the crate's `tokio` feature
//! offending: spawn
//! category: async
use comprehensions::acomp;

async fn work(n: u64) -> u64 {
    (0..n).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ns = vec![10, 20, 30];
    let sums = acomp![work(n).await for n in ns; concurrency = 4, spawn];
    println!("{sums:?}");
}
