//! mistake: forgot `.await` on the profile fetch in an `acomp!`
//! offending: fetch_profile(*id)
//! category: async
use comprehensions::{acomp};
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids: Vec<u64> = vec![1, 2, 3];
    let profiles: Vec<Profile> = acomp![fetch_profile(*id) for id in &ids];
    println!("{profiles:?}");
}
