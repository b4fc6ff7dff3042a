//! mistake: a grid row's byte `row.as_bytes()[i]` compared with the char literal `'#'` (Python compares one-char strings)
//! offending: '#'
//! category: type
fn main() {
    let row = "#..#.";
    let walls = (0..row.len()).filter(|&i| row.as_bytes()[i] == '#').collect::<Vec<_>>();
    println!("{walls:?}");
}
