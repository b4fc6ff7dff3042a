//! mistake: CSV report: nested `map`s yield `&str` cells where `Vec<Vec<String>>` is declared (hand-written)
fn main() {
    let csv = "name, qty\nbolt, 4";
    let table: Vec<Vec<String>> =
        csv.lines().map(|row| row.split(',').map(|cell| cell.trim()).collect()).collect();
    println!("{table:?}");
}
