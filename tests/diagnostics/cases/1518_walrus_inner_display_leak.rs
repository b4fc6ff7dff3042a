//! mistake: a walrus bound inside a nested list display is used by the outer element, as PEP 572 would allow
//! offending: big)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid = vec![vec![3, 9, 4], vec![1, 2]];
    let rows = comp![([z for z in row if (big := z * 2) > 5], big) for row in &grid];
    println!("{rows:?}");
}
