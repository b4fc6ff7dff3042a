//! mistake: Python's `map(int, parts)` as the iterable
//! offending: map(int, line.split(' '))
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "3 14 15 92";
    // Python: doubled = [n * 2 for n in map(int, line.split(" "))]
    let doubled = comp![n * 2 for n in map(int, line.split(' '))];
    println!("{doubled:?}");
}
