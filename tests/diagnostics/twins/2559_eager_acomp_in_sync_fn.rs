//! mistake: used an eager `acomp!` inside a non-async helper function
//! offending: .await
//! category: async
use std::time::Duration;

async fn resolve_ptr(ip: &str) -> String {
    tokio::time::sleep(Duration::from_millis(3)).await;
    format!("host-{}.example.net", ip.replace('.', "-"))
}

fn enrich(ips: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for ip in ips {
        out.push((ip.to_string(), resolve_ptr(ip).await));
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = enrich(&["203.0.113.4", "198.51.100.9"]);
    println!("{rows:?}");
}
