//! mistake: pruned the session store with `retain` while a lazy comprehension still borrows it
//! offending: sessions.retain
//! category: ownership
use comprehensions::comp;

struct Session {
    token: String,
    expires_at: u64,
}

fn main() {
    let now = 1_000;
    let mut sessions = vec![
        Session { token: "old".to_string(), expires_at: 900 },
        Session { token: "fresh".to_string(), expires_at: 5_000 },
    ];
    let to_revoke = comp!((s.token.as_str() for s in &sessions if s.expires_at < now));
    sessions.retain(|s| s.expires_at >= now);
    for token in to_revoke {
        println!("revoke {token}");
    }
}
