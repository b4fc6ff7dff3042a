//! mistake: a Python variable name that is a Rust keyword (`type`) (hand-written)
fn main() {
    let events = vec![("click", 3), ("scroll", 10)];
    let mut kinds = Vec::new();
    for (type, _) in &events {
        kinds.push(type.to_uppercase());
    }
    println!("{kinds:?}");
}
