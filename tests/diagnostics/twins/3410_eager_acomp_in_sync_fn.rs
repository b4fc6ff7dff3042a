//! mistake: used an eager `acomp!` (which awaits in place) in a synchronous helper
//! offending: .await
//! category: async
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

fn prefetch(names: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for n in names {
        out.push(latest_version(n).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["axum".to_string(), "hyper".to_string()];
    println!("{:?}", prefetch(&names));
}
