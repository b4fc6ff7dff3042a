//! mistake: forgot the `?` after a fallible `parse_coord(..)` in a `Vec<(f64, f64)>` annotation
//! offending: parse_coord(l)
//! category: try
use comprehensions::comp;

fn parse_coord(line: &str) -> Result<(f64, f64), String> {
    let (a, b) = line.split_once(',').ok_or_else(|| format!("no comma in {line:?}"))?;
    Ok((a.trim().parse().map_err(|_| a.to_string())?, b.trim().parse().map_err(|_| b.to_string())?))
}

fn load(text: &str) -> Result<Vec<(f64, f64)>, String> {
    let coords: Vec<(f64, f64)> = comp![parse_coord(l) for l in text.lines() if !l.is_empty()];
    Ok(coords)
}

fn main() {
    println!("{:?}", load("45.76,4.84\n48.86,2.35"));
}
