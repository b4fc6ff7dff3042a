//! mistake: iterates the future of an `async fn` that returns a stream (the `open` must be awaited first)
//! offending: open_log("app.log")
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

async fn open_log(path: &str) -> impl Stream<Item = String> {
    let lines = vec![format!("{path}: start"), "ERROR disk".to_string(), "ok".to_string()];
    stream::iter(lines)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let errors = acomp![l async for l in open_log("app.log") if l.starts_with("ERROR")];
    println!("{errors:?}");
}
