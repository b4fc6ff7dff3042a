//! mistake: Python's `range(n)` ported with its parentheses kept around the range, `for i in (0..n)`
//! offending: (0..n)
//! category: lint
fn main() {
    let n = 5;
    let mut squares = Vec::new();
    for i in (0..n) {
        squares.push(i * i);
    }
    println!("{squares:?}");
}
