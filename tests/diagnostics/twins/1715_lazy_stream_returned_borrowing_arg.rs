//! mistake: a lazy `acomp!((..))` over a borrowed slice returned as `impl Stream` without `+ '_`, like a Python generator function
//! offending: stream::iter(users).filter(|u| future::ready(u.active)).map(|u| u.email.clone())
//! category: async
use futures::{future, stream, Stream, StreamExt};

struct User {
    email: String,
    active: bool,
}

fn active_emails(users: &[User]) -> impl Stream<Item = String> {
    stream::iter(users).filter(|u| future::ready(u.active)).map(|u| u.email.clone())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = vec![
        User { email: "ann@example.com".to_string(), active: true },
        User { email: "bob@example.com".to_string(), active: false },
    ];
    let emails: Vec<String> = active_emails(&users).collect().await;
    println!("{emails:?}");
}
