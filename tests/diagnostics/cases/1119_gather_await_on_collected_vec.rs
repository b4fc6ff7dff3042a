//! mistake: awaits the result of an eager `acomp!` again, as Python awaits `asyncio.gather(..)` (the eager form is already the `Vec`)
//! offending: .await;
//! category: python-habit
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("user-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3, 4];
    let users = acomp![fetch(id).await for id in ids; concurrency = 4].await;
    println!("{users:?}");
}
