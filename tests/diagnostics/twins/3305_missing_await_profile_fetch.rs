//! mistake: forgot to `.await` the async profile fetch in the element
//! offending: fetch_profile(*id)
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Profile {
    id: u64,
    handle: String,
}

async fn fetch_profile(id: u64) -> Profile {
    tokio::time::sleep(Duration::from_millis(2)).await;
    Profile { id, handle: format!("@user{id}") }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids: Vec<u64> = vec![3, 5, 8];
    let mut profiles: Vec<Profile> = Vec::new();
    for id in &ids {
        profiles.push(fetch_profile(*id));
    }
    println!("{profiles:?}");
}
