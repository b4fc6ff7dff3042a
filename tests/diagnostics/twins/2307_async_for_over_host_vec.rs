//! mistake: wrote `async for` over a plain `Vec` of hosts, thinking the loop must be async to await in it
//! offending: hs.next().await
//! category: async
use std::time::Duration;

async fn ping_ms(host: &str) -> Option<u64> {
    tokio::time::sleep(Duration::from_millis(5)).await;
    if host == "10.0.0.254" { None } else { Some(5) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["10.0.0.1", "10.0.0.2", "10.0.0.254"];
    let mut rtts = Vec::new();
    let mut hs = hosts.iter();
    while let Some(h) = hs.next().await {
        rtts.push((h, ping_ms(h).await));
    }
    for (h, rtt) in rtts {
        println!("{h}: {rtt:?}");
    }
}
