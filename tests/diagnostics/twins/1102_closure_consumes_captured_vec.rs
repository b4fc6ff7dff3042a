//! mistake: a closure whose comprehension iterates a captured Vec by value, called twice
//! offending: by_len(5)
//! category: ownership
fn main() {
    let words: Vec<String> = vec!["apple".into(), "fig".into(), "mango".into()];
    let by_len = |n: usize| words.into_iter().filter(|w| w.len() == n).collect::<Vec<_>>();
    let three = by_len(3);
    let five = by_len(5);
    println!("{three:?} {five:?}");
}
