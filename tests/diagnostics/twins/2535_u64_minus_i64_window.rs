//! mistake: subtracted an `i64` window start from `u64` event timestamps
//! offending: window_start
//! category: type
struct LoginEvent {
    ts: u64,
    user: &'static str,
}

fn main() {
    let window_start: i64 = 1_700_000_000;
    let events = vec![
        LoginEvent { ts: 1_700_000_012, user: "admin" },
        LoginEvent { ts: 1_700_000_047, user: "admin" },
    ];
    let mut offsets = Vec::new();
    for e in &events {
        if e.user == "admin" {
            offsets.push(e.ts - window_start);
        }
    }
    println!("{offsets:?}");
}
