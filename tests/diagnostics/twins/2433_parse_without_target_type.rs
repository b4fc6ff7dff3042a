//! mistake: parsed CSV score cells with `parse()` and nothing telling it the target type
//! offending: parse
//! category: type
fn main() {
    let row = "Bea,91,84,77";
    let cells: Vec<&str> = row.split(',').collect();
    let scores = cells[1..].iter().map(|c| c.parse().unwrap()).collect::<Vec<_>>();
    println!("{} scores", scores.len());
}
