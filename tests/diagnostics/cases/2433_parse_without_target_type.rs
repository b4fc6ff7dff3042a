//! mistake: parsed CSV score cells with `parse()` and nothing telling it the target type
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let row = "Bea,91,84,77";
    let cells: Vec<&str> = row.split(',').collect();
    let scores = comp![c.parse().unwrap() for c in &cells[1..]];
    println!("{} scores", scores.len());
}
