//! mistake: a walrus in the filter without its parentheses
//! offending: n := l.len()
//! category: syntax
use comprehensions::comp;

fn main() {
    let lines = vec!["short", "a much longer log line here"];
    let long = comp![(l, n) for l in &lines if n := l.len() > 10];
    println!("{long:?}");
}
