//! mistake: a filter uses the walrus name `n` before the later filter that binds it
//! offending: n
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "kiwi", "banana"];
    let lengths = comp![(w, n) for w in &words if n % 2 == 0 if (n := w.len()) > 4];
    println!("{lengths:?}");
}
