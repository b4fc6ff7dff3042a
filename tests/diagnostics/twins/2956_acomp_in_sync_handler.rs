//! mistake: used an eager `acomp!` inside a plain (non-async) `fn` handler
//! offending: .await
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Profile {
    id: u64,
    display: String,
}

async fn fetch_profile(id: u64) -> Profile {
    tokio::time::sleep(Duration::from_millis(2)).await;
    Profile { id, display: format!("user-{id}") }
}

fn on_join(ids: Vec<u64>) -> Vec<Profile> {
    let mut out = Vec::new();
    for id in ids {
        out.push(fetch_profile(id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", on_join(vec![1, 2]));
}
