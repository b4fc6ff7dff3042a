//! mistake: locks a std Mutex in a let clause and awaits while holding the guard, inside a spawned task
//! category: async
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn fetch(u: &str) -> String {
    format!("body of {u}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = Arc::new(Mutex::new(HashMap::<String, String>::new()));
    let urls = vec!["a".to_string(), "b".to_string()];
    let shared = Arc::clone(&cache);
    let task = tokio::spawn(async move {
        let mut out = Vec::new();
        for u in urls {
            let mut g = shared.lock().unwrap();
            out.push(g.insert(u.clone(), fetch(&u).await).is_none());
        }
        out
    });
    println!("{:?} {}", task.await.unwrap(), cache.lock().unwrap().len());
}
