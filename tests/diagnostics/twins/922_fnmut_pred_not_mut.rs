//! mistake: called an `F: FnMut` predicate parameter in a condition without declaring the parameter `mut`
//! offending: pred
//! category: ownership
fn keep_matching<F: FnMut(&str) -> bool>(pred: F, words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for &w in words {
        if pred(w) {
            out.push(w.to_uppercase());
        }
    }
    out
}

fn main() {
    let mut calls = 0;
    let v = keep_matching(|w| { calls += 1; w.len() > 2 }, &["a", "abc", "hello"]);
    println!("{v:?} after {calls} calls");
}
