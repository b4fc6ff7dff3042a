//! mistake: Python's `islice(it, 3)` then `list(it)` for the rest, as `.take(3)` then `.collect()`: `take` consumes the iterator
//! offending: lines
//! category: ownership
fn main() {
    let text = "h1\nh2\nh3\nrow1\nrow2";
    let lines = text.lines().map(|l| l.trim());
    let header: Vec<&str> = lines.take(3).collect();
    let rows: Vec<&str> = lines.collect();
    println!("{header:?} {rows:?}");
}
