//! mistake: compares chars().nth(i), an Option<char>, with a char literal, as Python's row[i] == '#'
//! category: type
fn main() {
    let rows = vec!["..#..", "#...#", ".#..."];
    let mut trees = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if row.chars().nth((i * 3) % row.len()) == '#' {
            trees.push(i);
        }
    }
    println!("trees on rows {trees:?}");
}
