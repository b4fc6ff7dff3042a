//! mistake: `.await` forgotten in a stream's `map` returned as `impl Stream<Item = String>`: its items are futures
//! offending: load(n)
//! category: async
use futures::{stream, Stream, StreamExt};

async fn load(name: &str) -> String {
    format!("<{name}>")
}

fn documents<'a>(names: &'a [&'a str]) -> impl Stream<Item = String> + Unpin + 'a {
    stream::iter(names).map(|n| load(n))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = ["a", "b"];
    let docs: Vec<String> = documents(&names).collect().await;
    println!("{docs:?}");
}
