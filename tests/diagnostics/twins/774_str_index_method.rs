//! mistake: Python's s.index(",") to find a position (Rust: find, which returns an Option)
fn main() {
    let lines = vec!["ann,31", "bob,27"];
    let mut names = Vec::new();
    for line in &lines {
        names.push(&line[..line.index(',')]);
    }
    println!("{names:?}");
}
