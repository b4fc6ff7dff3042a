//! mistake: Python's slice `readings[1:]` to pair each reading with the next one
//! offending: readings[1:]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let readings = vec![3, 7, 4, 10];
    let diffs = comp![b - a for (a, b) in readings.iter().zip(readings[1:])];
    println!("{diffs:?}");
}
