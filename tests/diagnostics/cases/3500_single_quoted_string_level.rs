//! mistake: wrote the log level in Python's single quotes, a char literal in Rust
//! offending: 'ERROR'
//! category: syntax
use comprehensions::comp;

struct Event {
    level: String,
    msg: String,
}

fn main() {
    let events = vec![Event { level: "ERROR".into(), msg: "disk full".into() }];
    let msgs: Vec<&str> = comp![e.msg.as_str() for e in &events if e.level == 'ERROR'];
    println!("{msgs:?}");
}
