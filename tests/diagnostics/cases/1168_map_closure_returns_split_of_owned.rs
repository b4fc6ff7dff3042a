//! mistake: a comprehension in a closure passed to `map` over `into_iter()` returns words borrowed from the closure's own `line`, dropped when the closure returns
//! offending: comp![w for w in line.split(' ') if !w.is_empty()]
//! category: ownership
use comprehensions::comp;

fn main() {
    let lines: Vec<String> = vec!["a b c".to_string(), "d  e".to_string()];
    let rows: Vec<Vec<&str>> = lines
        .into_iter()
        .map(|line| comp![w for w in line.split(' ') if !w.is_empty()])
        .collect();
    println!("{rows:?}");
}
