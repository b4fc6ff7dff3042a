//! mistake: used an eager `acomp!` in a plain (non-async) request handler, as a Flask view calling async code
//! offending: acomp![fetch_profile(*id).await for id in ids]
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct Profile {
    id: u64,
}

async fn fetch_profile(id: u64) -> Profile {
    Profile { id }
}

fn handle_team(ids: &[u64]) -> Vec<Profile> {
    acomp![fetch_profile(*id).await for id in ids]
}

fn main() {
    println!("{:?}", handle_team(&[1, 2]));
}
