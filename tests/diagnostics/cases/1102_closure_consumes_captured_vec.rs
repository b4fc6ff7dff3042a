//! mistake: a closure whose comprehension iterates a captured Vec by value, called twice
//! offending: by_len(5)
//! category: ownership
use comprehensions::comp;

fn main() {
    let words: Vec<String> = vec!["apple".into(), "fig".into(), "mango".into()];
    let by_len = |n: usize| comp![w for w in words if w.len() == n];
    let three = by_len(3);
    let five = by_len(5);
    println!("{three:?} {five:?}");
}
