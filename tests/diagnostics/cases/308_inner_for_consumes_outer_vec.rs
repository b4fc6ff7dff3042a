//! mistake: an inner `for s in sizes` over an owned `Vec<String>`, consumed on the first outer iteration (Python lists can be iterated again)
//! offending: for s in sizes
//! category: ownership
use comprehensions::comp;

fn main() {
    let colors = vec!["red", "blue"];
    let sizes = vec!["S".to_string(), "M".to_string()];
    // Python: [f"{c}-{s}" for c in colors for s in sizes]
    let variants = comp![format!("{c}-{s}") for c in &colors for s in sizes];
    println!("{variants:?}");
}
