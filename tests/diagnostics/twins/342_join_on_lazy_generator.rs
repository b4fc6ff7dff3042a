//! mistake: `.join(" ")` on an iterator chain (iterators have no `join`) (hand-written)
fn main() {
    let words = vec!["hello", "world"];
    let title = words.iter().map(|w| w.to_uppercase()).join(" ");
    println!("{title}");
}
