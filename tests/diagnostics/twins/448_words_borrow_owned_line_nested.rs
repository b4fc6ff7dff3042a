//! mistake: collects `&str` words borrowed from each owned `line`, which is dropped at the end of its iteration
//! offending: line.split_whitespace()
//! category: ownership
fn read_lines() -> Vec<String> {
    vec!["the quick brown fox".to_string(), "jumps over the lazy dog".to_string()]
}

fn main() {
    let mut words = Vec::new();
    for line in read_lines() {
        for w in line.split_whitespace() {
            if w.len() > 3 {
                words.push(w);
            }
        }
    }
    println!("{words:?}");
}
