//! mistake: `unordered` on a lazy stream without `concurrency = N` (the user expects an unbounded gather)
//! offending: unordered
//! category: async
use comprehensions::acomp;
use futures::StreamExt;

async fn ping(host: &str) -> (String, u32) {
    (host.to_string(), host.len() as u32)
}

async fn run(hosts: &[&str]) {
    let mut replies = acomp!((ping(h).await for h in hosts); unordered);
    while let Some((host, ms)) = replies.next().await {
        println!("{host}: {ms} ms");
    }
}

fn main() {
    futures::executor::block_on(run(&["a.example", "b.example"]));
}
