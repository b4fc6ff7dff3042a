//! mistake: `unordered` given alone, without `concurrency = N`
//! offending: unordered
//! category: syntax
use comprehensions::acomp;

async fn ping(host: &str) -> (String, u32) {
    (host.to_string(), 12)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db1", "db2"];
    let rtts = acomp![ping(h).await for h in &hosts; unordered];
    println!("{rtts:?}");
}
