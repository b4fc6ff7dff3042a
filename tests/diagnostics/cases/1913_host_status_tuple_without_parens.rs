//! mistake: wrote a tuple element without parentheses (`[h, await ping(h) for h in hosts]`, a SyntaxError in Python 3 too)
//! offending: h, ping(h).await
//! category: syntax
use comprehensions::acomp;

async fn ping(host: &str) -> bool {
    host != "down"
}

async fn run() {
    let hosts = vec!["db", "down"];
    let status = acomp![h, ping(h).await for h in &hosts];
    println!("{status:?}");
}

fn main() {
    futures::executor::block_on(run());
}
