//! mistake: Python's `str.partition('=')` on a `&str`
//! offending: partition
//! category: python-habit
fn main() {
    let text = "host=localhost\nport=5432\n# comment\nuser=admin";
    let mut pairs = Vec::new();
    for line in text.lines() {
        if !line.starts_with('#') {
            pairs.push(line.partition('='));
        }
    }
    println!("{pairs:?}");
}
