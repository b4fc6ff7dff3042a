//! mistake: moved the outer `rule_name` String into every alert
//! offending: rule_name
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Alert {
    rule: String,
    ip: String,
}

fn main() {
    let rule_name = String::from("SSH-BRUTEFORCE-5-IN-60S");
    let offenders = vec!["203.0.113.7".to_string(), "198.51.100.23".to_string()];
    let alerts = comp![Alert { rule: rule_name, ip } for ip in offenders];
    println!("{alerts:?}");
}
