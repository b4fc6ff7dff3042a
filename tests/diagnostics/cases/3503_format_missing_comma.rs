//! mistake: left out the comma between the format string and its first argument
//! offending: "{}={}" k
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let labels: HashMap<String, String> = HashMap::from([("env".to_string(), "prod".to_string())]);
    let pairs: Vec<String> = comp![format!("{}={}" k, v) for (k, v) in &labels];
    println!("{{{}}}", pairs.join(","));
}
