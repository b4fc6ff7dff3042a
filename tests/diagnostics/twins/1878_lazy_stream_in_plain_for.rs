//! mistake: looped over a lazy `acomp!((..))` stream with a plain `for` (Python's `async for ok in (...)` written as `for`)
//! offending: futures::stream::iter(&hosts).then(|h| health(h))
//! category: async
use futures::StreamExt;

async fn health(host: &str) -> bool {
    host != "down"
}

async fn run() {
    let hosts = vec!["db", "cache", "down"];
    for ok in futures::stream::iter(&hosts).then(|h| health(h)) {
        println!("{ok}");
    }
}

fn main() {
    futures::executor::block_on(run());
}
