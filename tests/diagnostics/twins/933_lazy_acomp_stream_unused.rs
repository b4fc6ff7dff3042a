//! mistake: wrote a `then` stream for its side effects as a statement: a stream does nothing unless polled
//! offending: stream::iter(&users).then(|u| notify(u))
//! category: lint
use futures::stream::{self, StreamExt};

async fn notify(user: &str) -> bool {
    !user.is_empty()
}

async fn run(users: Vec<String>) {
    stream::iter(&users).then(|u| notify(u));
    println!("notified {}", users.len());
}

fn main() {
    futures::executor::block_on(run(vec!["ann".into(), "bob".into()]));
}
