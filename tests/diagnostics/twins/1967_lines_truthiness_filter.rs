//! mistake: skipped blank lines with Python's truthiness test `if l.strip()`, written `if l.trim()` (a `&str`, not a `bool`)
//! offending: l.trim() {
//! category: python-habit
fn main() {
    let text = "first\n\n   \nsecond\nthird\n";
    let mut entries: Vec<&str> = Vec::new();
    for l in text.lines() {
        if l.trim() {
            entries.push(l.trim());
        }
    }
    println!("{entries:?}");
}
