//! mistake: built a label with Python's string `+` on a `&str` literal and a `&String`
//! offending: "service=" + s
//! category: python-habit
use comprehensions::comp;

fn main() {
    let services = vec!["api".to_string(), "db".to_string(), "queue".to_string()];
    let labels: Vec<String> = comp!["service=" + s for s in &services];
    println!("{labels:?}");
}
