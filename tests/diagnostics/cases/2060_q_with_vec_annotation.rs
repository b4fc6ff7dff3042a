//! mistake: put `?` on each level parse expecting it to return from `main`, and annotated the comprehension as a plain `Vec<Level>`
//! offending: parse_level(s)?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Level {
    width: u32,
}

fn parse_level(src: &str) -> Result<Level, String> {
    let width = src.trim().parse::<u32>().map_err(|e| format!("{src}: {e}"))?;
    Ok(Level { width })
}

fn main() -> Result<(), String> {
    let files = vec!["16", "32", "x"];
    let levels: Vec<Level> = comp![parse_level(s)? for s in &files];
    println!("{} levels, first {} wide", levels.len(), levels[0].width);
    Ok(())
}
