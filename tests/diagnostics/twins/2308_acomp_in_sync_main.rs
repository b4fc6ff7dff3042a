//! mistake: used an eager `acomp!` in a plain `fn main` script, without an async runtime
//! offending: await
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn port_open(host: &str, port: u16) -> bool {
    tokio::time::sleep(Duration::from_millis(10)).await;
    !(host.ends_with(".13") && port == 22)
}

fn main() {
    let hosts: Vec<String> = (10..14).map(|i| format!("192.168.1.{i}")).collect();
    let open: Vec<bool> = stream::iter(&hosts).map(|h| port_open(h, 22)).buffered(10).collect().await;
    for (h, ok) in hosts.iter().zip(open) {
        println!("{h}:22 {}", if ok { "open" } else { "closed" });
    }
}
