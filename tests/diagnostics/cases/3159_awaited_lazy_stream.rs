//! mistake: awaited a lazy `acomp!((..))` stream as if it were a coroutine returning a list
//! offending: .await;
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn poll_uv_index(site: &str) -> u8 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    site.len() as u8
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sites = vec!["Bondi", "Manly", "Cronulla"];
    let uv = acomp!((poll_uv_index(s).await for s in &sites)).await;
    println!("{uv:?}");
}
