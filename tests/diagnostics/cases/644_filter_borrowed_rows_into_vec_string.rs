//! mistake: keeps the rows of a borrowed grid that contain '#' and returns them as a Vec<String>, but each row is a &String
//! offending: row for row
//! category: type
use comprehensions::comp;

fn wall_rows(grid: &Vec<String>) -> Vec<String> {
    comp![row for row in grid if row.contains('#')]
}

fn main() {
    let grid = vec!["#..".to_string(), "...".to_string(), "..#".to_string()];
    println!("{:?}", wall_rows(&grid));
}
