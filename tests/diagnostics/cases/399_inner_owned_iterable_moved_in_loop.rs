//! mistake: the inner `for p in ports` consumes the Vec<String> on the first outer iteration (iterate &ports)
//! offending: ports
//! category: ownership
use comprehensions::comp;

fn main() {
    let hosts = vec!["db1", "db2"];
    let ports: Vec<String> = vec!["5432".to_string(), "6432".to_string()];
    // Python: endpoints = [f"{h}:{p}" for h in hosts for p in ports]
    let endpoints = comp![format!("{h}:{p}") for h in &hosts for p in ports];
    println!("{:?}", endpoints);
}
