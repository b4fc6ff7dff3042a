//! mistake: the deprecated `trim_left()` in a loop (hand-written)
fn main() {
    let lines = vec!["  indented", "\tcode"];
    let mut stripped = Vec::new();
    for l in &lines {
        stripped.push(l.trim_left());
    }
    println!("{stripped:?}");
}
