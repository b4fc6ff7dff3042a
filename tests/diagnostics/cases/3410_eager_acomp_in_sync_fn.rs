//! mistake: used an eager `acomp!` (which awaits in place) in a synchronous helper
//! offending: acomp![latest_version(n).await for n in names]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

fn prefetch(names: &[String]) -> Vec<String> {
    acomp![latest_version(n).await for n in names]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["axum".to_string(), "hyper".to_string()];
    println!("{:?}", prefetch(&names));
}
