//! mistake: a list comprehension used only for its side effects, its Vec discarded (hand-written)
//! offending: names.iter()
fn main() {
    let names = vec!["ana", "bo"];
    names.iter().map(|n| names.len() * n.len()).collect::<Vec<_>>();
}
