//! mistake: Python's `map(int, parts)` as the iterable
//! offending: map(int, line.split(' '))
//! category: python-habit
fn main() {
    let line = "3 14 15 92";
    let mut doubled = Vec::new();
    for n in map(int, line.split(' ')) {
        doubled.push(n * 2);
    }
    println!("{doubled:?}");
}
