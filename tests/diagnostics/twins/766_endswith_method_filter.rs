//! mistake: Python's s.endswith(..) in a filter (Rust: ends_with)
fn main() {
    let files = vec!["a.csv".to_string(), "b.txt".to_string(), "c.csv".to_string()];
    let csvs: Vec<&str> = files.iter().filter(|f| f.endswith(".csv")).map(|f| f.as_str()).collect();
    println!("{csvs:?}");
}
