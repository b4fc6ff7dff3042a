//! mistake: indexing the result of `split` (`line.split(',')[0]`) like a Python list
//! offending: line.split(',')[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let csv = "ana,34\nbo,17";
    let names = comp![line.split(',')[0] for line in csv.lines()];
    println!("{names:?}");
}
