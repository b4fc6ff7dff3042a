//! mistake: wrote the log level in Python's single quotes, a char literal in Rust
//! offending: 'ERROR'
//! category: syntax

struct Event {
    level: String,
    msg: String,
}

fn main() {
    let events = vec![Event { level: "ERROR".into(), msg: "disk full".into() }];
    let msgs: Vec<&str> = events.iter().filter(|e| e.level == 'ERROR').map(|e| e.msg.as_str()).collect();
    println!("{msgs:?}");
}
