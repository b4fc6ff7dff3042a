//! mistake: used `?` hoping to skip unparsable marks, with the result typed as a plain `Vec<u8>`
//! offending: ?
//! category: try
fn main() {
    let cells = vec!["93", "absent", "78", "exempt"];
    let marks: Vec<u8> = cells.iter().map(|cell| cell.parse::<u8>()?).collect();
    println!("{marks:?}");
}
