//! mistake: Python's `n.capitalize()` on a `&str` (hand-written)
fn main() {
    let names = vec!["alice", "bob"];
    let mut shown = Vec::new();
    for n in names {
        shown.push(n.capitalize());
    }
    println!("{shown:?}");
}
