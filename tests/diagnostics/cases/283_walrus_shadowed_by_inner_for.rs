//! mistake: a walrus-bound `(row := ...)` later used as the loop target of an inner `for`, `for row in row`
//! offending: row in
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "1,2\n3,4";
    let cells = comp![c for line in text.lines() if (row := line.split(',').collect::<Vec<_>>()).len() == 2 for row in row for c in row.chars()];
    println!("{cells:?}");
}
