//! mistake: a walrus inside a closure in the element, to keep the last scaled value
//! offending: (last := v * f)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec![1, 2], vec![3]];
    let f = 10;
    let scaled = comp![row.iter().map(|v| (last := v * f)).collect::<Vec<_>>() for row in &rows];
    println!("{scaled:?}");
}
