//! mistake: fetched profiles concurrently with `?` on each fetch (Python's `gather` that raises) in an async fn declared to return a plain `Vec<Profile>`
//! offending: r?
//! category: try
use futures::stream::{self, StreamExt};

#[derive(Debug)]
struct Profile {
    id: u64,
}

async fn fetch_profile(id: u64) -> Result<Profile, String> {
    if id == 0 { Err("no such user".into()) } else { Ok(Profile { id }) }
}

async fn load_profiles(ids: &[u64]) -> Vec<Profile> {
    let results: Vec<Result<Profile, String>> = stream::iter(ids).map(|id| fetch_profile(*id)).buffered(4).collect().await;
    let mut out = Vec::new();
    for r in results {
        out.push(r?);
    }
    out
}

fn main() {
    let profiles = futures::executor::block_on(load_profiles(&[1, 2]));
    println!("{profiles:?}");
}
