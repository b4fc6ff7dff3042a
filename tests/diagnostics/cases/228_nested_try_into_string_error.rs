//! mistake: parsing a CSV grid with `?` inside nested comprehensions in a function returning `Result<_, String>` (no `From<ParseFloatError>` for `String`)
//! offending: ?;
//! category: try
use comprehensions::comp;

fn parse_grid(text: &str) -> Result<Vec<Vec<f64>>, String> {
    // Python: return [[float(c) for c in line.split(",")] for line in text.splitlines()]
    let grid = comp![comp![c.trim().parse::<f64>()? for c in line.split(',')]? for line in text.lines()]?;
    Ok(grid)
}

fn main() {
    println!("{:?}", parse_grid("1,2\n3,x"));
}
