//! mistake: forgot to `.await` the registry query in the element
//! offending: latest_version(n)
//! category: async
use std::time::Duration;

async fn latest_version(name: &str) -> String {
    tokio::time::sleep(Duration::from_millis(2)).await;
    format!("{name}-1.2.3")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["axum".to_string(), "hyper".to_string()];
    let mut latest: Vec<String> = Vec::new();
    for n in &names {
        latest.push(latest_version(n));
    }
    println!("{latest:?}");
}
