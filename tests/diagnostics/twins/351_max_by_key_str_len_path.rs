//! mistake: `.max_by_key(str::len)` over `&&str` items (hand-written)
fn main() {
    let teams = vec![vec!["ann", "christine"], vec!["bo", "dave"]];
    let mut longest = Vec::new();
    for t in &teams {
        longest.push(t.iter().max_by_key(str::len));
    }
    println!("{longest:?}");
}
