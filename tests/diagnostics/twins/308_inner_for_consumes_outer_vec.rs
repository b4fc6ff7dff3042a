//! mistake: an inner `for s in sizes` over an owned `Vec<String>`, consumed on the first outer iteration (hand-written)
fn main() {
    let colors = vec!["red", "blue"];
    let sizes = vec!["S".to_string(), "M".to_string()];
    let mut variants = Vec::new();
    for c in &colors {
        for s in sizes {
            variants.push(format!("{c}-{s}"));
        }
    }
    println!("{variants:?}");
}
