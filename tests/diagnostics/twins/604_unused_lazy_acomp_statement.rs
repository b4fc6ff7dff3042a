//! mistake: a mapped stream used as a statement for its side effects (hand-written)
//! offending: users.map(|u| notify(u));
use futures::stream::{self, StreamExt};

fn notify(user: &str) {
    println!("notifying {user}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = stream::iter(vec!["ann", "bo"]);
    users.map(|u| notify(u));
}
