//! mistake: `if let Some(..)` on an awaited call that returns Result
//! offending: Some(user)
//! category: async

#[derive(Debug)]
struct User {
    name: String,
}

async fn load_user(id: u32) -> Result<User, String> {
    if id > 0 { Ok(User { name: format!("u{id}") }) } else { Err("no such user".into()) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![0, 1, 2];
    let mut names: Vec<String> = Vec::new();
    for id in ids {
        if let Some(user) = load_user(id).await {
            names.push(user.name);
        }
    }
    println!("{names:?}");
}
