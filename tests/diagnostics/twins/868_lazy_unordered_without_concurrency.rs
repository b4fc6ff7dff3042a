//! mistake: `buffer_unordered` without its limit (the user expects an unbounded gather)
//! offending: buffer_unordered
//! category: async
use futures::stream::{self, StreamExt};

async fn ping(host: &str) -> (String, u32) {
    (host.to_string(), host.len() as u32)
}

async fn run(hosts: &[&str]) {
    let mut replies = stream::iter(hosts).map(|h| ping(h)).buffer_unordered();
    while let Some((host, ms)) = replies.next().await {
        println!("{host}: {ms} ms");
    }
}

fn main() {
    futures::executor::block_on(run(&["a.example", "b.example"]));
}
