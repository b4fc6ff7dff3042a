//! mistake: called `.next()` on the lazy `acomp!((..))` stream without importing `StreamExt`
//! offending: next()
//! category: async
use futures::stream::FuturesOrdered;
use std::time::Duration;

async fn scan_dir(dir: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(4)).await;
    dir.len() * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dirs = vec!["/music/flac", "/music/mp3", "/podcasts"];
    let mut scans: FuturesOrdered<_> = dirs.iter().map(|d| scan_dir(d)).collect();
    while let Some(n) = scans.next().await {
        println!("scanned {n} files");
    }
}
