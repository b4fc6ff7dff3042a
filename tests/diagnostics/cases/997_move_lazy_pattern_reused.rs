//! mistake: `move` before a lazy form takes the search pattern `String`, which is used again after
//! offending: pattern
//! category: ownership
use comprehensions::comp;

fn main() {
    let log = vec!["ERROR disk full", "INFO ok", "ERROR net down"];
    let pattern = String::from("ERROR");
    let hits = comp!(move (l.to_string() for l in log.clone() if l.starts_with(&pattern)));
    println!("{} lines matching {}", hits.count(), pattern);
}
