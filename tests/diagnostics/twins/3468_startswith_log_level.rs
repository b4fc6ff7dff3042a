//! mistake: used Python's `str.startswith` instead of Rust's `starts_with`
//! offending: startswith
//! category: python-habit

fn main() {
    let lines = vec![
        "ERROR disk /var full".to_string(),
        "INFO heartbeat ok".to_string(),
        "ERROR upstream timeout".to_string(),
    ];
    let errors: Vec<&String> = lines.iter().filter(|l| l.startswith("ERROR")).collect();
    println!("{} errors", errors.len());
}
