//! mistake: Python's `is not None` to test an Option (hand-written)
fn main() {
    let emails = vec![Some("a@x.org"), None, Some("c@y.org")];
    let present: Vec<_> = emails.iter().filter(|e| e is not None).collect();
    println!("{present:?}");
}
