//! mistake: used an eager `acomp!` that awaits payment captures inside a non-async helper function
//! offending: acomp![capture(id).await for id in auth_ids]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

async fn capture(auth_id: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !auth_id.is_empty()
}

fn capture_all(auth_ids: &[String]) -> Vec<bool> {
    acomp![capture(id).await for id in auth_ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec!["auth_1".to_string(), String::new()];
    println!("{:?}", capture_all(&ids));
}
