//! mistake: forgot `.await` on an async predicate in the `if` clause
//! offending: is_active(&u)
//! category: async
use comprehensions::acomp;
use futures::stream;

struct User {
    name: String,
    logins: u32,
}

async fn is_active(u: &User) -> bool {
    u.logins > 0
}

async fn active_names(users: Vec<User>) -> Vec<String> {
    acomp![u.name async for u in stream::iter(users) if is_active(&u)]
}

fn main() {
    let users = vec![User { name: "ann".into(), logins: 2 }];
    println!("{:?}", futures::executor::block_on(active_names(users)));
}
