//! mistake: running a lazy comprehension for its side effects with a `.collect::<Vec<_>>()` statement whose result is dropped
//! offending: comp!((save(r) for r in &rows)).collect::<Vec<_>>();
//! category: lint
use comprehensions::comp;

fn save(row: &str) -> usize {
    println!("saving {row}");
    row.len()
}

fn main() {
    let rows = vec!["a,1", "b,2"];
    comp!((save(r) for r in &rows)).collect::<Vec<_>>();
}
