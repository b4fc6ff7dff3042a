//! mistake: split each log line on whitespace with Python's argument-less `line.split()` instead of `split_whitespace()`
//! offending: split()
//! category: python-habit
fn main() {
    let text = "GET /index.html 200\nPOST /login 302";
    let mut field_counts: Vec<usize> = Vec::new();
    for line in text.lines() {
        field_counts.push(line.split().count());
    }
    println!("{field_counts:?}");
}
