//! mistake: forgot `await` on the async fetch in `{id: await fetch_profile(id) for id in ids}`
//! offending: fetch_profile(id)
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

#[derive(Debug)]
struct Profile {
    id: u64,
    plan: String,
}

async fn fetch_profile(id: u64) -> Profile {
    Profile { id, plan: "free".into() }
}

async fn warm(ids: Vec<u64>) -> HashMap<u64, Profile> {
    let profiles: HashMap<u64, Profile> = acomp!({id: fetch_profile(id) for id in ids});
    profiles
}

fn main() {
    println!("{:?}", futures::executor::block_on(warm(vec![1, 2])));
}
