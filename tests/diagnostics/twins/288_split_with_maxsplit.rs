//! mistake: Python's `line.split("=", 1)` (maxsplit) to split a config line once (hand-written)
fn main() {
    let lines = vec!["host=example.org", "query=a=b"];
    let mut parts = Vec::new();
    for line in &lines {
        parts.push(line.split("=", 1).collect::<Vec<_>>());
    }
    println!("{parts:?}");
}
