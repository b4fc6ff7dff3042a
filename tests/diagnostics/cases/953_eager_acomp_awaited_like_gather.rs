//! mistake: awaited an eager `acomp!` with `concurrency`, as Python awaits `asyncio.gather(..)`: it is already the `Vec`
//! offending: .await
//! category: python-habit
use comprehensions::acomp;

async fn fetch(id: u32) -> String {
    format!("item {id}")
}

async fn run(ids: Vec<u32>) -> Vec<String> {
    acomp![fetch(id).await for id in ids; concurrency = 4].await
}

fn main() {
    println!("{:?}", futures::executor::block_on(run(vec![1, 2, 3])));
}
