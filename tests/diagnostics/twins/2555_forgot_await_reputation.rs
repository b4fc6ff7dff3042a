//! mistake: forgot `.await` on the async reputation lookup in the element
//! offending: lookup_reputation(ip)
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Reputation {
    ip: String,
    score: u8,
}

async fn lookup_reputation(ip: &str) -> Reputation {
    tokio::time::sleep(Duration::from_millis(5)).await;
    Reputation { ip: ip.to_string(), score: if ip.starts_with("185.") { 90 } else { 5 } }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let suspects = vec!["185.220.101.4", "10.0.0.2"];
    let mut reps: Vec<Reputation> = Vec::new();
    for ip in &suspects {
        reps.push(lookup_reputation(ip));
    }
    println!("{reps:?}");
}
