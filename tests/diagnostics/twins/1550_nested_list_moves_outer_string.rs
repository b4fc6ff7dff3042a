//! mistake: an inner list display moves the outer loop's `String` into every pair
//! offending: (row, c)
//! category: ownership
fn main() {
    let rows = vec!["a".to_string(), "b".to_string()];
    let cols = vec![1, 2, 3];
    let mut cells = Vec::new();
    for row in rows {
        let mut line = Vec::new();
        for c in &cols {
            line.push((row, c));
        }
        cells.push(line);
    }
    println!("{cells:?}");
}
