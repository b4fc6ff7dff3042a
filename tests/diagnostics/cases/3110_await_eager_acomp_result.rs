//! mistake: awaited the result of an eager `acomp!` as if it were `asyncio.gather(..)`
//! offending: .await;
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn fetch_tax_assessment(parcel: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(2)).await;
    parcel.len() as u64 * 31_000
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let parcels = vec!["017-220-04".to_string(), "017-220-05".to_string()];
    let assessed: Vec<u64> = acomp![fetch_tax_assessment(p).await for p in &parcels; concurrency = 2].await;
    println!("{assessed:?}");
}
