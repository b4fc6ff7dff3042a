//! mistake: Python's `row[-1]` to take the last item
//! offending: -1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5]];
    let last = comp![row[-1] for row in &rows];
    println!("{last:?}");
}
