//! mistake: crossed two categorical columns with the inner `for` consuming `sizes` on the first outer value
//! offending: sizes
//! category: ownership
fn main() {
    let colors: Vec<String> = vec!["red".into(), "green".into(), "blue".into()];
    let sizes: Vec<String> = vec!["S".into(), "M".into(), "L".into()];
    let mut crossed = Vec::new();
    for c in &colors {
        for s in sizes {
            crossed.push(format!("{c}|{s}"));
        }
    }
    println!("{crossed:?}");
}
