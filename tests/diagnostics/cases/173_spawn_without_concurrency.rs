//! mistake: `spawn` without `concurrency = N` (like `asyncio.create_task` on each, no bound)
//! offending: spawn
//! category: async
use comprehensions::acomp;

async fn resize(id: u32) -> u32 {
    id * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let thumbs = acomp![resize(id).await for id in ids; spawn];
    println!("{thumbs:?}");
}
