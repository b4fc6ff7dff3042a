//! mistake: the element returns a reference into a row iterated by value (dropped each iteration)
//! offending: row.iter()
//! category: ownership
use comprehensions::comp;

fn load() -> Vec<Vec<i32>> {
    vec![vec![3, -7, 2], vec![-1, 4]]
}

fn main() {
    let rows = load();
    let extremes = comp![row.iter().max_by_key(|x| x.abs()).unwrap() for row in rows];
    println!("{extremes:?}");
}
