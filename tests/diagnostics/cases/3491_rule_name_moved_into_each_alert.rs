//! mistake: moved the outer `rule_name` String into every alert instead of cloning it
//! offending: rule_name
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Alert {
    rule: String,
    host: String,
}

fn main() {
    let hosts = vec!["api-1".to_string(), "api-2".to_string()];
    let rule_name = String::from("HighLatency");
    let alerts = comp![Alert { rule: rule_name, host: h.clone() } for h in &hosts];
    println!("{alerts:?}");
}
