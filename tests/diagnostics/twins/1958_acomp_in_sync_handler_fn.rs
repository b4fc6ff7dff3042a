//! mistake: used an eager `acomp!` in a plain (non-async) request handler, as a Flask view calling async code
//! offending: .await
//! category: async
#[derive(Debug)]
struct Profile {
    id: u64,
}

async fn fetch_profile(id: u64) -> Profile {
    Profile { id }
}

fn handle_team(ids: &[u64]) -> Vec<Profile> {
    let mut out = Vec::new();
    for id in ids {
        out.push(fetch_profile(*id).await);
    }
    out
}

fn main() {
    println!("{:?}", handle_team(&[1, 2]));
}
