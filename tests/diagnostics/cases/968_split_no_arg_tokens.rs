//! mistake: Python's `line.split()` with no argument to split on whitespace
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "id name score\n1 ann 90\n2 bob 85";
    let table = comp![[w.to_string() for w in line.split()] for line in text.lines().skip(1)];
    println!("{table:?}");
}
