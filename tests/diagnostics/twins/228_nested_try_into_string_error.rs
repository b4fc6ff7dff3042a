//! mistake: `?` on a `ParseFloatError` in a function returning `Result<_, String>` (hand-written)
//! offending: ?;
fn parse_grid(text: &str) -> Result<Vec<Vec<f64>>, String> {
    let mut grid = Vec::new();
    for line in text.lines() {
        let mut row = Vec::new();
        for c in line.split(',') {
            let v = c.trim().parse::<f64>()?;
            row.push(v);
        }
        grid.push(row);
    }
    Ok(grid)
}

fn main() {
    println!("{:?}", parse_grid("1,2\n3,x"));
}
