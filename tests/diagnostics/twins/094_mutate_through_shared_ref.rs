//! mistake: mutating items reached through `&names` instead of `&mut names` (hand-written)
fn main() {
    let mut names = vec!["ana".to_string(), "bo".to_string()];
    for n in &names {
        n.make_ascii_uppercase();
    }
    names.sort();
    println!("{names:?}");
}
