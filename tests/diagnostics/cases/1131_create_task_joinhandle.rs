//! mistake: awaits `tokio::spawn(..)` as Python awaits `asyncio.create_task(..)`, expecting the value (a `JoinHandle` yields a `Result`)
//! offending: tokio::spawn(fetch(id)).await
//! category: python-habit
use comprehensions::acomp;

async fn fetch(id: u32) -> String {
    format!("user-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![7, 8, 9];
    let users: Vec<String> = acomp![tokio::spawn(fetch(id)).await for id in ids];
    println!("{users:?}");
}
