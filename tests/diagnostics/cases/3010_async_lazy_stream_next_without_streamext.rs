//! mistake: called `.next()` on the lazy `acomp!((..))` stream without importing `StreamExt`
//! offending: next()
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn scan_dir(dir: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(4)).await;
    dir.len() * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dirs = vec!["/music/flac", "/music/mp3", "/podcasts"];
    let mut scans = acomp!((scan_dir(d).await for d in &dirs; concurrency = 2));
    while let Some(n) = scans.next().await {
        println!("scanned {n} files");
    }
}
