//! mistake: `break` in a `map` closure to stop at the blank line (hand-written)
fn main() {
    let raw = "Host: a.org\nAccept: */*\n\nbody";
    let headers: Vec<&str> = raw.lines().map(|line| { if line.is_empty() { break; } line }).collect();
    println!("{headers:?}");
}
