//! mistake: a lazy comprehension used as a statement for its side effects (never runs) (hand-written)
//! offending: events.iter().map(|e| log(e));
fn log(e: &str) {
    println!("event: {e}");
}

fn main() {
    let events = vec!["start", "stop"];
    events.iter().map(|e| log(e));
}
