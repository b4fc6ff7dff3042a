//! mistake: Python's `c in range(400, 600)` as `c in 400..600`
//! offending: c in 400..600
//! category: python-habit
fn main() {
    let codes = vec![200, 404, 503];
    let errors: Vec<_> = codes.iter().filter(|c| c in 400..600).collect();
    println!("{errors:?}");
}
