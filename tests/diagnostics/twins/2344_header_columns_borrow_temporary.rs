//! mistake: kept `&str` columns that borrow the temporary `String` returned by `fetch_header()` past the statement
//! offending: fetch_header()
//! category: ownership
fn fetch_header() -> String {
    String::from(" date , open , high , low , close , volume ")
}

fn main() {
    let columns: Vec<&str> = fetch_header()
        .split(',')
        .filter(|c| !c.trim().is_empty())
        .map(|c| c.trim())
        .collect();
    println!("{} columns: {columns:?}", columns.len());
}
