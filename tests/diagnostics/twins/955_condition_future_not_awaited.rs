//! mistake: forgot `.await` on an async predicate in the `if`
//! offending: is_active(&u)
//! category: async
use futures::stream::{self, StreamExt};

struct User {
    name: String,
    logins: u32,
}

async fn is_active(u: &User) -> bool {
    u.logins > 0
}

async fn active_names(users: Vec<User>) -> Vec<String> {
    let mut out = Vec::new();
    let mut s = stream::iter(users);
    while let Some(u) = s.next().await {
        if is_active(&u) {
            out.push(u.name);
        }
    }
    out
}

fn main() {
    let users = vec![User { name: "ann".into(), logins: 2 }];
    println!("{:?}", futures::executor::block_on(active_names(users)));
}
