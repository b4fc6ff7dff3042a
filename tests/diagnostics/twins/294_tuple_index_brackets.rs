//! mistake: Python's `p[0]` to take a tuple's first field (hand-written)
fn main() {
    let people = vec![("alice", 31), ("bob", 27)];
    let names: Vec<&str> = people.iter().map(|p| p[0]).collect();
    println!("{names:?}");
}
