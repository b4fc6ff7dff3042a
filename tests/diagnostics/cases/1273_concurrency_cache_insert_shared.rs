//! mistake: every concurrent item inserts into one local `HashMap` cache (Python's shared dict under `gather`)
//! offending: cache
//! category: ownership
use comprehensions::acomp;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("row-{id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3, 4];
    let mut cache: HashMap<u32, String> = HashMap::new();
    let rows = acomp![
        { let row = fetch(id).await; cache.insert(id, row.clone()); row }
        for id in ids; concurrency = 2
    ];
    println!("{rows:?} {}", cache.len());
}
