//! mistake: collects async scores into a `HashMap<K, u32>` keyed by a generic `K: Clone`, without `K: Hash + Eq`
//! offending: k.clone()
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;
use std::fmt::Debug;

async fn score<K: Debug>(k: &K) -> u32 {
    format!("{k:?}").len() as u32
}

async fn scores<K: Clone + Debug>(keys: &[K]) -> HashMap<K, u32> {
    acomp!({k.clone(): score(k).await for k in keys})
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", scores(&["a", "bb"]).await);
}
