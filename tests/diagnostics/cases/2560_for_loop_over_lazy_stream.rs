//! mistake: consumed a lazy `acomp!((..))` stream with a plain `for` loop
//! offending: acomp!((check_hash(h).await for h in &hashes))
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn check_hash(sha256: &str) -> (String, bool) {
    tokio::time::sleep(Duration::from_millis(2)).await;
    (sha256.to_string(), sha256.starts_with("e3b0"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hashes = vec!["e3b0c44298fc1c14", "9f86d081884c7d65"];
    for (hash, malicious) in acomp!((check_hash(h).await for h in &hashes)) {
        println!("{hash}: {malicious}");
    }
}
