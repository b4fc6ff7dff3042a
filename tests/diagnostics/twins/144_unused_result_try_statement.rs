//! mistake: a `?` comprehension used as a statement (validation only): the `Result` is dropped (hand-written)
//! offending: ports.iter().map(|s| s.parse::<u16>()).collect::<Result<Vec<_>, _>>();
fn main() {
    let ports = ["80", "http"];
    ports.iter().map(|s| s.parse::<u16>()).collect::<Result<Vec<_>, _>>();
    println!("checked");
}
