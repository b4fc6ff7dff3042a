//! mistake: a lazy async comprehension with `?` returned as `impl Stream<Item = String>` (its items are `Result<String, _>`)
//! offending: acomp!(move (fetch(u).await? for u in urls))
//! category: try
use comprehensions::acomp;
use futures::{Stream, StreamExt};

async fn fetch(url: String) -> Result<String, std::io::Error> {
    Ok(format!("<p>{url}</p>"))
}

fn pages(urls: Vec<String>) -> impl Stream<Item = String> {
    // Python: async def pages(urls): for u in urls: yield await fetch(u)
    acomp!(move (fetch(u).await? for u in urls))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<String> = pages(vec!["/a".into()]).collect().await;
    println!("{all:?}");
}
