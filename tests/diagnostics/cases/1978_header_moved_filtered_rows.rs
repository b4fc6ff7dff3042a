//! mistake: paired every non-empty CSV cell with the column header `String` by value, moving `header` in the first iteration (Python shares the string)
//! offending: header
//! category: ownership
use comprehensions::comp;

fn main() {
    let header = String::from("name");
    let row = "ann,,bob,cy";
    let labelled: Vec<(String, &str)> = comp![(header, cell) for cell in row.split(',') if !cell.is_empty()];
    println!("{labelled:?}");
}
