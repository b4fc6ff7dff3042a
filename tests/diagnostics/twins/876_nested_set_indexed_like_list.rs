//! mistake: the inner collection is a `HashSet` where a `Vec` was meant, then indexed with `[0]`
//! offending: row[0]
//! category: type
use std::collections::HashSet;

fn main() {
    let lines = vec!["b a c", "z y"];
    let rows: Vec<HashSet<&str>> = lines.iter().map(|line| line.split(' ').collect()).collect();
    let firsts: Vec<&str> = rows.iter().map(|row| row[0]).collect();
    println!("{firsts:?}");
}
