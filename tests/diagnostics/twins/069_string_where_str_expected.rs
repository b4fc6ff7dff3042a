//! mistake: passing an owned `String` to a function that takes `&str` (hand-written)
//! offending: normalize(line)
fn normalize(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let lines = vec![" Foo".to_string(), "BAR ".to_string()];
    let mut keys = Vec::new();
    for line in lines {
        keys.push(normalize(line));
    }
    println!("{keys:?}");
}
