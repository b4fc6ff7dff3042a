//! mistake: Python's `a, b = await asyncio.gather(f(), g())`: a Vec result destructured as a tuple
//! offending: (users, posts)
//! category: async
use comprehensions::acomp;

async fn count(table: &str) -> usize {
    table.len() * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (users, posts) = acomp![count(t).await for t in ["users", "posts"]; concurrency = 2];
    println!("{users} {posts}");
}
