//! mistake: `if let Some(..)` on an awaited call that returns Result
//! offending: Some(user)
//! category: async
use comprehensions::acomp;

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
    // Python: [u.name for i in ids if (u := await load_user(i)) is not None]
    let names: Vec<String> = acomp![user.name for id in ids if let Some(user) = load_user(id).await];
    println!("{names:?}");
}
