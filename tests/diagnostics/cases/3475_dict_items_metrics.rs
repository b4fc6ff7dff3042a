//! mistake: iterated a `HashMap` with Python's `dict.items()` instead of `.iter()` or `&metrics`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let metrics: HashMap<String, f64> = HashMap::from([
        ("http_requests_total".to_string(), 1027.0),
        ("process_cpu_seconds".to_string(), 12.5),
    ]);
    let lines: Vec<String> = comp![format!("{k} {v}") for (k, v) in metrics.items()];
    println!("{}", lines.join("\n"));
}
