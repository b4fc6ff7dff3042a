//! mistake: Python's `name[0]` to take a string's first character (hand-written)
fn main() {
    let names = vec!["Ada".to_string(), "Grace".to_string()];
    let initials: Vec<char> = names.iter().map(|name| name[0]).collect();
    println!("{initials:?}");
}
