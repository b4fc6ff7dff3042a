//! mistake: `.await` forgotten in a lazy `acomp!` element returned as `impl Stream<Item = String>`: its items are futures
//! offending: load(n)
//! category: async
use comprehensions::{acomp, StreamExt};
use futures::Stream;

async fn load(name: &str) -> String {
    format!("<{name}>")
}

fn documents<'a>(names: &'a [&'a str]) -> impl Stream<Item = String> + Unpin + 'a {
    acomp!((load(n) for n in names))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = ["a", "b"];
    let docs: Vec<String> = documents(&names).collect().await;
    println!("{docs:?}");
}
