//! mistake: Python's `float(s)` to parse (hand-written)
fn main() {
    let cols = ["1.5", "2.25"];
    let mut values = Vec::new();
    for c in cols {
        values.push(float(c));
    }
    println!("{values:?}");
}
