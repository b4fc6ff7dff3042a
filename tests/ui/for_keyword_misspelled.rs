// A misspelled `for`, of the first clause or a later one: one error on the
// word, and the clause iterated as the `for` it means (its pattern bound,
// so the element is not a second error). A call of a word near `for` with
// no `in` after it (`foo(x)`) is not one.
use comprehensions::comp;

fn main() {
    let prices = vec![3, 4];
    let _ = comp![p * 2 fro p in &prices];
    let words = vec!["chat", "bot"];
    let _ = comp![w[i..i + 3].to_string() for w in &words fro i in 0..w.len() - 2];
    let _ = comp![(w, i + j) for w in &words if w.len() > 2 fr (i, j) in [(0, 1)]];
    let _ = comp![x for x in &prices if *x > 0 foo(*x)];
}
