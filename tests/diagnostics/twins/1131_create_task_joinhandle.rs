//! mistake: awaits `tokio::spawn(..)` as Python awaits `asyncio.create_task(..)`, expecting the value (a `JoinHandle` yields a `Result`)
//! offending: tokio::spawn(fetch(id)).await
//! category: python-habit
async fn fetch(id: u32) -> String {
    format!("user-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![7, 8, 9];
    let mut users: Vec<String> = Vec::new();
    for id in ids {
        users.push(tokio::spawn(fetch(id)).await);
    }
    println!("{users:?}");
}
