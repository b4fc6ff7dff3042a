//! mistake: two options separated by a space instead of a comma
//! offending: unordered
//! category: syntax
use comprehensions::acomp;

async fn ping(host: &str) -> u32 {
    host.len() as u32
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.example", "bb.example"];
    let rtts: Vec<u32> = acomp![ping(h).await for h in &hosts; concurrency = 8 unordered];
    println!("{rtts:?}");
}
