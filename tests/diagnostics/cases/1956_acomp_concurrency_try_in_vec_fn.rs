//! mistake: fetched profiles concurrently with `?` on each fetch (Python's `gather` that raises) in an async fn declared to return a plain `Vec<Profile>`
//! offending: fetch_profile(*id).await?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
struct Profile {
    id: u64,
}

async fn fetch_profile(id: u64) -> Result<Profile, String> {
    if id == 0 { Err("no such user".into()) } else { Ok(Profile { id }) }
}

async fn load_profiles(ids: &[u64]) -> Vec<Profile> {
    acomp![fetch_profile(*id).await? for id in ids; concurrency = 4]
}

fn main() {
    let profiles = futures::executor::block_on(load_profiles(&[1, 2]));
    println!("{profiles:?}");
}
