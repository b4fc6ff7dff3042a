//! mistake: subtracted an `i64` `last_seen` column from a `u64` UNIX time to expire idle sessions
//! offending: now - s.last_seen
//! category: type
use std::time::{SystemTime, UNIX_EPOCH};

struct SessionRow {
    token: String,
    last_seen: i64,
}

fn main() {
    let idle_ttl: u64 = 1_800;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let sessions = vec![
        SessionRow { token: "s-1".to_string(), last_seen: 1_700_000_000 },
        SessionRow { token: "s-2".to_string(), last_seen: 1_900_000_000 },
    ];
    let expired: Vec<&str> = sessions
        .iter()
        .filter(|s| now - s.last_seen > idle_ttl)
        .map(|s| s.token.as_str())
        .collect();
    println!("DELETE FROM sessions WHERE token IN {expired:?}");
}
