//! mistake: paired every non-empty CSV cell with the column header `String` by value, moving `header` in the first iteration (Python shares the string)
//! offending: header
//! category: ownership
fn main() {
    let header = String::from("name");
    let row = "ann,,bob,cy";
    let mut labelled: Vec<(String, &str)> = Vec::new();
    for cell in row.split(',') {
        if !cell.is_empty() {
            labelled.push((header, cell));
        }
    }
    println!("{labelled:?}");
}
