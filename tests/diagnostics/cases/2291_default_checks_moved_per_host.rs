//! mistake: gave every host the same `Vec<String>` of checks by value in a dict comprehension
//! offending: default_checks
//! category: ownership
use comprehensions::comp;

fn main() {
    let hosts = ["web01", "web02", "db01"];
    let default_checks: Vec<String> = vec!["disk".into(), "load".into(), "ntp".into()];
    let plan = comp!({h.to_string(): default_checks for h in hosts});
    for (host, checks) in &plan {
        println!("{host}: {}", checks.join(","));
    }
}
