//! mistake: passed the `&u64` loop variable to a function taking `u64`
//! offending: load_profile(id)
//! category: type
#[derive(Debug)]
struct Profile {
    id: u64,
    handle: String,
}

fn load_profile(id: u64) -> Profile {
    Profile { id, handle: format!("@user{id}") }
}

fn main() {
    let follower_ids: Vec<u64> = vec![7, 42, 1001];
    let profiles: Vec<Profile> = follower_ids.iter().map(|id| load_profile(id)).collect();
    println!("{profiles:?}");
}
