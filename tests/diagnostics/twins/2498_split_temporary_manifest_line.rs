//! mistake: kept `&str` fields split from a temporary `String` past the statement
//! offending: read_manifest_line()
//! category: ownership
fn read_manifest_line() -> String {
    "  P-881 ; 2.5 ; LYS ".to_string()
}

fn main() {
    let fields: Vec<&str> = read_manifest_line().split(';').map(|f| f.trim()).collect();
    println!("{fields:?}");
}
