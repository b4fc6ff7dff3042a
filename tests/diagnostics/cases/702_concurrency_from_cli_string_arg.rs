//! mistake: passes the `--jobs` command-line argument, still a `String`, as `concurrency`
//! offending: jobs
//! category: async
use comprehensions::acomp;

async fn check(host: &str) -> bool {
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs = std::env::args().nth(1).unwrap_or_else(|| String::from("4"));
    let hosts = vec!["db1", "db2", "cache"];
    let up = acomp![(h, check(h).await) for h in &hosts; concurrency = jobs];
    println!("{up:?}");
}
