//! mistake: wrote the option as `concurrency: 4` (a keyword-argument/dict spelling) instead of `concurrency = 4`
//! offending: concurrency: 4
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn quote_delivery(zone: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(3)).await;
    if zone == "downtown" { 299 } else { 499 }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let zones = vec!["downtown", "harbor", "uptown"];
    let fees = acomp![(z, quote_delivery(z).await) for z in &zones; concurrency: 4];
    println!("{fees:?}");
}
