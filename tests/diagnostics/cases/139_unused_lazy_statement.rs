//! mistake: a lazy comprehension used as a statement for its side effects (never runs)
//! offending: comp!((log(e) for e in &events));
//! category: lint
use comprehensions::comp;

fn log(e: &str) {
    println!("event: {e}");
}

fn main() {
    let events = vec!["start", "stop"];
    comp!((log(e) for e in &events));
}
