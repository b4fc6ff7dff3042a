//! mistake: an inner `for` uses `n` before the later walrus clause that binds it
//! offending: 1..n
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let prefixes = comp![&w[..k] for w in &words for k in 1..n if (n := w.len()) > 2];
    println!("{prefixes:?}");
}
