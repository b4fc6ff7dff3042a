//! mistake: Python's `max(g, key=len)` translated with a keyword argument, `.max(key = |w| w.len())`
//! offending: key = |w| w.len()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let groups = vec![vec!["ann", "bob"], vec!["christine", "dan"]];
    // Python: longest = [max(g, key=len) for g in groups]
    let longest = comp![g.iter().max(key = |w| w.len()) for g in &groups];
    println!("{longest:?}");
}
