//! mistake: wrote a tuple element without parentheses (`[h, await ping(h) for h in hosts]`, a SyntaxError in Python 3 too)
//! offending: h, ping(h).await
//! category: syntax
async fn ping(host: &str) -> bool {
    host != "down"
}

async fn run() {
    let hosts = vec!["db", "down"];
    let mut status: Vec<(&str, bool)> = Vec::new();
    for h in &hosts {
        status.push(h, ping(h).await);
    }
    println!("{status:?}");
}

fn main() {
    futures::executor::block_on(run());
}
