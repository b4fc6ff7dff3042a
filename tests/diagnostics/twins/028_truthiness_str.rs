//! mistake: Python truthiness: `if name` on a `&str` to skip empty names (hand-written)
fn main() {
    let names = vec!["ana", "", "bo"];
    let mut present = Vec::new();
    for name in names {
        if name {
            present.push(name.to_uppercase());
        }
    }
    println!("{present:?}");
}
