//! mistake: a condition uses `n` before the later `let` that binds it
//! offending: n
//! category: python-habit
fn main() {
    let words = vec!["apple", "kiwi", "banana"];
    let mut lengths = Vec::new();
    for w in &words {
        if n % 2 == 0 {
            let n = w.len();
            if n > 4 {
                lengths.push((w, n));
            }
        }
    }
    println!("{lengths:?}");
}
