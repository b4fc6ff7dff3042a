//! mistake: named a loop variable `type`, as a Python notification dict's key, which is a Rust keyword
//! offending: type
//! category: syntax
use comprehensions::comp;

fn main() {
    let events = vec![("like".to_string(), 14u32), ("follow".to_string(), 2), ("mention".to_string(), 0)];
    let summary = comp![format!("{count} new {type}s") for (type, count) in &events if *count > 0];
    println!("{summary:?}");
}
