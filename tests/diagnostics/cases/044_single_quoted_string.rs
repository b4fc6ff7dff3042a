//! mistake: Python's single-quoted string `'n/a'`
//! offending: 'n/a'
//! category: python-habit
use comprehensions::comp;

fn main() {
    let cells = vec!["3", "n/a", "7"];
    let filled = comp![c for c in cells if c != 'n/a'];
    println!("{filled:?}");
}
