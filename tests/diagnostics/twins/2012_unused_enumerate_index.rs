//! mistake: kept `enumerate()`'s index from the Python original `for i, line in enumerate(lines)` but never used `i`
//! offending: i
//! category: lint
fn main() {
    let text = "alpha\nbeta";
    let lens: Vec<usize> = text.lines().enumerate().map(|(i, line)| line.len()).collect();
    println!("{lens:?}");
}
