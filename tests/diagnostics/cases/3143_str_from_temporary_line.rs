//! mistake: kept `&str`s borrowed from the temporary `String` that `to_uppercase()` returns
//! offending: line.trim().to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw = String::from("ksfo 12.0\nkoak 13.5\nksjc 15.1\n");
    let upper_codes: Vec<&str> =
        comp![line.trim().to_uppercase().split(' ').next().unwrap() for line in raw.lines()];
    println!("{upper_codes:?}");
}
