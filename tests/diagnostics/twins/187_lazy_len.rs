//! mistake: `.len()` on a filtered iterator (hand-written)
fn main() {
    let codes = vec![200, 404, 500, 503];
    let errors = codes.iter().filter(|c| **c >= 500);
    println!("{} server errors", errors.len());
}
