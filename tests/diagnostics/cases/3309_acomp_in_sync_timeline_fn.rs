//! mistake: used an eager `acomp!` in a plain (non-async) function
//! offending: .await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug)]
struct Post {
    id: u64,
}

async fn load_post(id: u64) -> Post {
    tokio::time::sleep(Duration::from_millis(1)).await;
    Post { id }
}

fn build_timeline(ids: &[u64]) -> Vec<Post> {
    acomp![load_post(*id).await for id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let timeline = build_timeline(&[4, 2, 9]);
    println!("{timeline:?}");
}
