//! mistake: crossed two categorical columns with the inner `for` consuming `sizes` on the first outer value
//! offending: sizes
//! category: ownership
use comprehensions::comp;

fn main() {
    let colors: Vec<String> = vec!["red".into(), "green".into(), "blue".into()];
    let sizes: Vec<String> = vec!["S".into(), "M".into(), "L".into()];
    let crossed = comp![format!("{c}|{s}") for c in &colors for s in sizes];
    println!("{crossed:?}");
}
