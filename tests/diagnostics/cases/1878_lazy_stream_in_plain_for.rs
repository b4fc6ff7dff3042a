//! mistake: looped over a lazy `acomp!((..))` stream with a plain `for` (Python's `async for ok in (...)` written as `for`)
//! offending: acomp!((health(h).await for h in &hosts))
//! category: async
use comprehensions::acomp;

async fn health(host: &str) -> bool {
    host != "down"
}

async fn run() {
    let hosts = vec!["db", "cache", "down"];
    for ok in acomp!((health(h).await for h in &hosts)) {
        println!("{ok}");
    }
}

fn main() {
    futures::executor::block_on(run());
}
