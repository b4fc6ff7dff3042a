//! mistake: forgot `.await` on the async repository call, so the element is a future, not a `User`
//! offending: repo.find_user(*id)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug, Clone)]
struct User {
    id: u64,
    name: String,
}

struct UserRepo {
    users: Vec<User>,
}

impl UserRepo {
    async fn find_user(&self, id: u64) -> User {
        tokio::time::sleep(Duration::from_millis(1)).await;
        self.users.iter().find(|u| u.id == id).cloned().unwrap_or(User { id, name: "<deleted>".to_string() })
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let repo = UserRepo { users: vec![User { id: 1, name: "ana".to_string() }] };
    let follower_ids = vec![1, 2];
    let followers: Vec<User> = acomp![repo.find_user(*id) for id in &follower_ids];
    println!("{followers:?}");
}
