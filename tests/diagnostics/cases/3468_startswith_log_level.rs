//! mistake: used Python's `str.startswith` instead of Rust's `starts_with`
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec![
        "ERROR disk /var full".to_string(),
        "INFO heartbeat ok".to_string(),
        "ERROR upstream timeout".to_string(),
    ];
    let errors = comp![l for l in &lines if l.startswith("ERROR")];
    println!("{} errors", errors.len());
}
