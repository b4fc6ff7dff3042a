//! mistake: CSV report: a nested list comprehension yields `&str` cells (`cell.trim()`) where the table is declared `Vec<Vec<String>>`
//! offending: cell.trim()
//! category: type
use comprehensions::comp;

fn main() {
    let csv = "name, qty\nbolt, 4";
    // Python: table = [[cell.strip() for cell in row.split(",")] for row in csv.splitlines()]
    let table: Vec<Vec<String>> = comp![[cell.trim() for cell in row.split(',')] for row in csv.lines()];
    println!("{table:?}");
}
