//! mistake: compares chars().nth(i), an Option<char>, with a char literal, as Python's row[i] == '#'
//! offending: == '#'
//! category: type
use comprehensions::comp;

fn main() {
    let rows = vec!["..#..", "#...#", ".#..."];
    let trees = comp![i for (i, row) in rows.iter().enumerate() if row.chars().nth((i * 3) % row.len()) == '#'];
    println!("trees on rows {trees:?}");
}
