use comprehensions::comp;

fn main() {
    let words = ["tree", "a"];
    // Python: [(w, n) for w in words if (n := len(w)) > 3], as a `let` clause.
    let _ = comp![(w, n) for w in &words let n := w.len() if n > 3];
}
