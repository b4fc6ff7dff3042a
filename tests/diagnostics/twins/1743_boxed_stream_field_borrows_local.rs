//! mistake: a lazy `acomp!((..))` over a borrowed local stored in a `Box<dyn Stream>` struct field, which is implicitly `'static`
//! offending: &users
//! category: async
use futures::{stream, Stream, StreamExt};

struct User {
    name: String,
}

struct Feed {
    names: Box<dyn Stream<Item = String> + Unpin>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let users = vec![User { name: "ann".to_string() }, User { name: "bob".to_string() }];
    let mut feed = Feed { names: Box::new(stream::iter(&users).map(|u| u.name.clone())) };
    while let Some(n) = feed.names.next().await {
        println!("{n}");
    }
}
