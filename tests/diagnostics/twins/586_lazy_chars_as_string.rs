//! mistake: an iterator chain of `char`s assigned to a `String` annotation (hand-written)
//! offending: name.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase())
fn main() {
    let name = "release-v1.2";
    let tag: String = name.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase());
    println!("{tag}");
}
