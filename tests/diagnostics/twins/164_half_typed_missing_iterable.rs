//! mistake: half-typed iterator chain, the receiver of `.iter()` not written yet (hand-written)
//! offending: .iter()
fn main() {
    let users = vec!["ann", "bob"];
    let upper: Vec<String> = .iter().map(|u| u.to_uppercase()).collect();
    println!("{upper:?} {users:?}");
}
