//! mistake: a lazy `acomp!((..))` over a borrowed local stored in a `Box<dyn Stream>` struct field, which is implicitly `'static`
//! offending: &users
//! category: async
use comprehensions::acomp;
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
    let mut feed = Feed { names: Box::new(acomp!((u.name.clone() async for u in stream::iter(&users)))) };
    while let Some(n) = feed.names.next().await {
        println!("{n}");
    }
}
