//! mistake: a lazy `acomp!((..))` yielding `&'static str` titles returned as `impl Stream<Item = String>`
//! offending: acomp!((p.title async for p in posts))
//! category: type
use comprehensions::acomp;
use futures::stream::{self, Stream, StreamExt};

struct Post {
    title: &'static str,
}

fn titles(posts: impl Stream<Item = Post> + Unpin) -> impl Stream<Item = String> {
    acomp!((p.title async for p in posts))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let posts = stream::iter(vec![Post { title: "Hello" }, Post { title: "Async" }]);
    let all: Vec<String> = titles(posts).collect().await;
    println!("{all:?}");
}
