//! mistake: kept `&str` slices of a temporary uppercased line past the statement that created it
//! offending: raw_line.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw_line = String::from(" math-201 , hist-110 ,bio-150 ");
    let codes = comp![c.trim() for c in raw_line.to_uppercase().split(',')];
    println!("registering for {codes:?}");
}
