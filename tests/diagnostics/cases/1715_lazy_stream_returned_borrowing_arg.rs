//! mistake: a lazy `acomp!((..))` over a borrowed slice returned as `impl Stream` without `+ '_`, like a Python generator function
//! offending: acomp!((u.email.clone() async for u in stream::iter(users) if u.active))
//! category: async
use comprehensions::acomp;
use futures::{stream, Stream, StreamExt};

struct User {
    email: String,
    active: bool,
}

fn active_emails(users: &[User]) -> impl Stream<Item = String> {
    acomp!((u.email.clone() async for u in stream::iter(users) if u.active))
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
