//! mistake: iterating `fs::read_to_string(path)` (a `Result`) in a for loop (hand-written)
fn main() {
    let mut shouting = Vec::new();
    for line in std::fs::read_to_string("notes.txt") {
        shouting.push(line.to_uppercase());
    }
    println!("{shouting:?}");
}
