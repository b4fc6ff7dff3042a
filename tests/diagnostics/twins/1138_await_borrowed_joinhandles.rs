//! mistake: awaits spawned tasks through `&tasks` to keep the list (Python awaits a task any number of times; a `JoinHandle` is awaited by value)
//! offending: t.await
//! category: async
use tokio::task::JoinHandle;

async fn work(n: u64) -> u64 {
    n * n
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let tasks: Vec<JoinHandle<u64>> = (1..=4).map(|n| tokio::spawn(work(n))).collect();
    let mut results = Vec::new();
    for t in &tasks {
        results.push(t.await.unwrap());
    }
    println!("{} tasks: {results:?}", tasks.len());
}
