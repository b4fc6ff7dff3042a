//! mistake: used `?` hoping to skip unparsable marks, with the result typed as a plain `Vec<u8>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let cells = vec!["93", "absent", "78", "exempt"];
    let marks: Vec<u8> = comp![cell.parse::<u8>()? for cell in &cells];
    println!("{marks:?}");
}
