//! mistake: Python's `islice(gen, 3)` then `list(gen)` for the rest, as `.take(3)` then `.collect()`: `take` consumes the generator
//! offending: lines
//! category: ownership
use comprehensions::comp;

fn main() {
    let text = "h1\nh2\nh3\nrow1\nrow2";
    let lines = comp!((l.trim() for l in text.lines()));
    let header: Vec<&str> = lines.take(3).collect();
    let rows: Vec<&str> = lines.collect();
    println!("{header:?} {rows:?}");
}
