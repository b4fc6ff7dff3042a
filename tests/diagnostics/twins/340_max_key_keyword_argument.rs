//! mistake: Python's `max(g, key=len)` translated with a keyword argument, `.max(key = |w| w.len())` (hand-written)
fn main() {
    let groups = vec![vec!["ann", "bob"], vec!["christine", "dan"]];
    let mut longest = Vec::new();
    for g in &groups {
        longest.push(g.iter().max(key = |w| w.len()));
    }
    println!("{longest:?}");
}
