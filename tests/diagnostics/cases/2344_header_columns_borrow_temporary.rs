//! mistake: kept `&str` columns that borrow the temporary `String` returned by `fetch_header()` past the statement
//! offending: fetch_header()
//! category: ownership
use comprehensions::comp;

fn fetch_header() -> String {
    String::from(" date , open , high , low , close , volume ")
}

fn main() {
    let columns: Vec<&str> = comp![c.trim() for c in fetch_header().split(',') if !c.trim().is_empty()];
    println!("{} columns: {columns:?}", columns.len());
}
