//! mistake: tested an `Option` field with Python's `is not None` when picking notification recipients
//! offending: is not None
//! category: python-habit
use std::time::Duration;

struct Account {
    id: u64,
    email: Option<String>,
}

async fn send_digest(to: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    !to.ends_with("@bounce.test")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let accounts = vec![
        Account { id: 1, email: Some("ana@example.com".to_string()) },
        Account { id: 2, email: None },
    ];
    let mut delivered = Vec::new();
    for a in &accounts {
        if a.email is not None {
            delivered.push((a.id, send_digest(a.email.as_deref().unwrap()).await));
        }
    }
    println!("{delivered:?}");
}
