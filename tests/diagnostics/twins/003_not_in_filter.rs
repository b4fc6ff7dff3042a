//! mistake: Python's `not` to negate a method call in a filter (hand-written)
fn main() {
    let lines = vec!["# header", "value = 1", "", "other = 2"];
    let mut settings = Vec::new();
    for l in lines {
        if not l.starts_with('#') && !l.is_empty() {
            settings.push(l);
        }
    }
    println!("{settings:?}");
}
