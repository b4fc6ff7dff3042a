//! mistake: Python's row[-1] for the last item
//! offending: -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5], vec![6]];
    let lasts = comp![row[-1] for row in &rows];
    println!("{lasts:?}");
}
