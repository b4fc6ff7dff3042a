//! mistake: `concurrency` given both inside the display and after it, after editing the line
//! offending: concurrency = 16
//! category: syntax
use comprehensions::acomp;

async fn lookup(host: &str) -> String {
    format!("{host} -> 10.0.0.1")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a", "b"];
    let ips = acomp!([lookup(h).await for h in &hosts; concurrency = 4]; concurrency = 16);
    println!("{ips:?}");
}
