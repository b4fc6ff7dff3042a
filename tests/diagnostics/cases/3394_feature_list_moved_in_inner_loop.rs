//! mistake: iterated an owned `Vec<String>` of features in the inner loop of a build matrix
//! offending: features
//! category: ownership
use comprehensions::comp;

fn main() {
    let targets = vec!["x86_64-unknown-linux-gnu".to_string(), "aarch64-apple-darwin".to_string()];
    let features: Vec<String> = vec!["tls".into(), "compression".into()];
    let matrix: Vec<(String, String)> = comp![(t.clone(), f) for t in &targets for f in features];
    println!("{matrix:?}");
}
