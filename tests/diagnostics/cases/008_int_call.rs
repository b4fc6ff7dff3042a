//! mistake: Python's `int(s)` to parse a string
//! offending: int
//! category: python-habit
use comprehensions::comp;

fn main() {
    let fields = "12,7,30".split(',');
    let numbers = comp![int(f) for f in fields];
    let total: i32 = numbers.iter().sum();
    println!("{total}");
}
