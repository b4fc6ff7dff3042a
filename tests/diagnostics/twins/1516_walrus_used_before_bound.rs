//! mistake: an inner `for` uses `n` before the later walrus clause that binds it
//! offending: 1..n
//! category: python-habit
fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let mut prefixes = Vec::new();
    for w in &words {
        for k in 1..n {
            let n = w.len();
            if n > 2 {
                prefixes.push(&w[..k]);
            }
        }
    }
    println!("{prefixes:?}");
}
