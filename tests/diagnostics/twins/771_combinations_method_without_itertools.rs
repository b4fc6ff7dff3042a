//! mistake: itertools' .combinations(2) on a std iterator (no such method without the itertools crate)
fn main() {
    let players = vec!["ann", "bob", "cid"];
    let matches: Vec<String> = players.iter().combinations(2).map(|p| format!("{} vs {}", p[0], p[1])).collect();
    println!("{matches:?}");
}
