//! mistake: a grid row's byte `row.as_bytes()[i]` compared with the char literal `'#'` (Python compares one-char strings)
//! offending: '#'
//! category: type
use comprehensions::comp;

fn main() {
    let row = "#..#.";
    let walls = comp![i for i in 0..row.len() if row.as_bytes()[i] == '#'];
    println!("{walls:?}");
}
