//! mistake: Python's `[u.nick if u.nick else u.name for u in users]`: the `if` branch is the `Option<String>` itself where a `String` is wanted (unwrap it)
//! offending: u.nick.clone()
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    nick: Option<String>,
}

struct Chat {
    users: Vec<User>,
}

impl Chat {
    fn display_names(&self) -> Vec<String> {
        comp![u.nick.clone() if u.nick.is_some() else u.name.clone() for u in &self.users]
    }
}

fn main() {
    let chat = Chat { users: vec![User { name: "Robert".into(), nick: Some("bob".into()) }] };
    println!("{:?}", chat.display_names());
}
