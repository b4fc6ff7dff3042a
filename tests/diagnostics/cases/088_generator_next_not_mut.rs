//! mistake: calling `.next()` on a lazy comprehension bound without `mut`
//! offending: lines
//! category: ownership
use comprehensions::comp;

fn main() {
    let input = "HEADER\nrow1\nrow2";
    let lines = comp!((l.trim() for l in input.lines()));
    let header = lines.next();
    println!("{header:?}");
}
