//! mistake: matches a `String` field against string literals without `.as_str()`
//! offending: "ERROR"
//! category: type
struct Entry {
    level: String,
    msg: String,
}

fn main() {
    let entries = vec![
        Entry { level: "ERROR".to_string(), msg: "disk full".to_string() },
        Entry { level: "INFO".to_string(), msg: "started".to_string() },
    ];
    let mut weights = Vec::new();
    for e in &entries {
        weights.push((match e.level { "ERROR" => 3, "WARN" => 2, _ => 1 }, e.msg.len()));
    }
    println!("{weights:?}");
}
