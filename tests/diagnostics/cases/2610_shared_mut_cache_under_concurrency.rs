//! mistake: mutated a shared `&mut` cache from every concurrently running item
//! offending: cache
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch_semantic_tokens(uri: &str) -> Vec<u32> {
    tokio::time::sleep(Duration::from_millis(4)).await;
    vec![uri.len() as u32, 0, 5]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut cache: HashMap<String, Vec<u32>> = HashMap::new();
    let open_docs = vec!["file:///a.rs".to_string(), "file:///lib/b.rs".to_string()];
    let counts = acomp![
        cache.entry(uri.clone()).or_insert(fetch_semantic_tokens(&uri).await).len()
        for uri in open_docs;
        concurrency = 4
    ];
    println!("{counts:?} {}", cache.len());
}
