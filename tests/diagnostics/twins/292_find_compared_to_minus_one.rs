//! mistake: Python's `e.find("@") != -1` (Rust's `find` returns an `Option<usize>`) (hand-written)
fn main() {
    let emails = vec!["a@x.org", "bogus", "b@y.net"];
    let valid: Vec<&&str> = emails.iter().filter(|e| e.find('@') != -1).collect();
    println!("{valid:?}");
}
