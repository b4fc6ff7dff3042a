//! mistake: awaits spawned tasks through `&tasks` to keep the list (Python awaits a task any number of times; a `JoinHandle` is awaited by value)
//! offending: t.await
//! category: async
use comprehensions::acomp;
use tokio::task::JoinHandle;

async fn work(n: u64) -> u64 {
    n * n
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tasks: Vec<JoinHandle<u64>> = (1..=4).map(|n| tokio::spawn(work(n))).collect();
    let results = acomp![t.await.unwrap() for t in &tasks];
    println!("{} tasks: {results:?}", tasks.len());
}
