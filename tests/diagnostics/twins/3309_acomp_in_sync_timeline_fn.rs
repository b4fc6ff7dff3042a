//! mistake: used an eager `acomp!` in a plain (non-async) function
//! offending: .await
//! category: async
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
    let mut out = Vec::new();
    for id in ids {
        out.push(load_post(*id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let timeline = build_timeline(&[4, 2, 9]);
    println!("{timeline:?}");
}
