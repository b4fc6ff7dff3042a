//! mistake: leaves a trailing `if` with no condition in a nested display
//! offending: |c| )
//! category: syntax
fn main() {
    let rows = vec!["a b", "c  d"];
    let cleaned: Vec<Vec<char>> = rows.iter().map(|row| row.chars().filter(|c| ).collect()).collect();
    println!("{cleaned:?}");
}
