//! mistake: Python's `a, b = await asyncio.gather(f(), g())`: a Vec result destructured as a tuple
use futures::StreamExt;

async fn count(table: &str) -> usize {
    table.len() * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (users, posts) = futures::stream::iter(["users", "posts"]).map(|t| count(t)).buffered(2).collect::<Vec<_>>().await;
    println!("{users} {posts}");
}
