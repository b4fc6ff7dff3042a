//! mistake: a mapped stream yielding `&'static str` titles returned as `impl Stream<Item = String>`
//! offending: posts.map(|p| p.title)
//! category: type
use futures::stream::{self, Stream, StreamExt};

struct Post {
    title: &'static str,
}

fn titles(posts: impl Stream<Item = Post> + Unpin) -> impl Stream<Item = String> {
    posts.map(|p| p.title)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let posts = stream::iter(vec![Post { title: "Hello" }, Post { title: "Async" }]);
    let all: Vec<String> = titles(posts).collect().await;
    println!("{all:?}");
}
