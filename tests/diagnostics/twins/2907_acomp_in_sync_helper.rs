//! mistake: used an eager `acomp!` that awaits payment captures inside a non-async helper function
//! offending: .await
//! category: async
use std::time::Duration;

async fn capture(auth_id: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(1)).await;
    !auth_id.is_empty()
}

fn capture_all(auth_ids: &[String]) -> Vec<bool> {
    let mut out = Vec::new();
    for id in auth_ids {
        out.push(capture(id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec!["auth_1".to_string(), String::new()];
    println!("{:?}", capture_all(&ids));
}
