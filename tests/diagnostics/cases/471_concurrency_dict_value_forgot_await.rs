//! mistake: concurrent async dict comprehension whose value calls an async fn without .await
//! offending: object_size(k)
//! category: async
use comprehensions::acomp;
use std::collections::HashMap;

async fn object_size(key: &str) -> usize {
    key.len() * 1024
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let keys = vec!["logs/a".to_string(), "logs/b".to_string()];
    // Python: sizes = {k: await object_size(k) for k in keys}
    let sizes: HashMap<String, usize> =
        acomp!({k.clone(): object_size(k) for k in &keys; concurrency = 4});
    println!("{sizes:?}");
}
