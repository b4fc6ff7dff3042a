//! mistake: `move` before a lazy form takes the search pattern `String`, which is used again after
//! offending: pattern
//! category: ownership

fn main() {
    let log = vec!["ERROR disk full", "INFO ok", "ERROR net down"];
    let pattern = String::from("ERROR");
    let hits = log.clone().into_iter().filter(move |l| l.starts_with(&pattern)).map(|l| l.to_string());
    println!("{} lines matching {}", hits.count(), pattern);
}
