//! mistake: kept `&str` fields split from a temporary `String` past the statement
//! offending: read_manifest_line()
//! category: ownership
use comprehensions::comp;

fn read_manifest_line() -> String {
    "  P-881 ; 2.5 ; LYS ".to_string()
}

fn main() {
    let fields = comp![f.trim() for f in read_manifest_line().split(';')];
    println!("{fields:?}");
}
