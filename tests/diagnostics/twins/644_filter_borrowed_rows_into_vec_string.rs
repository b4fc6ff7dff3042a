//! mistake: keeps the rows of a borrowed grid that contain '#' and returns them as a Vec<String>, but each row is a &String
//! offending: push(row)
//! category: type
fn wall_rows(grid: &Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for row in grid {
        if row.contains('#') {
            out.push(row);
        }
    }
    out
}

fn main() {
    let grid = vec!["#..".to_string(), "...".to_string(), "..#".to_string()];
    println!("{:?}", wall_rows(&grid));
}
