//! mistake: built a label with Python's string `+` on a `&str` literal and a `&String`
//! offending: "service=" + s
//! category: python-habit

fn main() {
    let services = vec!["api".to_string(), "db".to_string(), "queue".to_string()];
    let labels: Vec<String> = services.iter().map(|s| "service=" + s).collect();
    println!("{labels:?}");
}
