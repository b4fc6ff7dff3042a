//! mistake: used `.await` inside the synchronous `comp!` to fan out profile fetches
//! offending: .await
//! category: async
use comprehensions::comp;
use std::time::Duration;

#[derive(Debug)]
struct Profile {
    user_id: u64,
    avatar_url: String,
}

async fn fetch_profile(user_id: u64) -> Profile {
    tokio::time::sleep(Duration::from_millis(2)).await;
    Profile { user_id, avatar_url: format!("https://cdn.example.com/a/{user_id}.png") }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let team = [3_u64, 5, 8];
    let profiles = comp![fetch_profile(id).await for id in team];
    println!("{profiles:?}");
}
