//! mistake: kept `&str`s borrowed from the temporary `String` that `to_uppercase()` returns
//! offending: line.trim().to_uppercase()
//! category: ownership

fn main() {
    let raw = String::from("ksfo 12.0\nkoak 13.5\nksjc 15.1\n");
    let mut upper_codes: Vec<&str> = Vec::new();
    for line in raw.lines() {
        upper_codes.push(line.trim().to_uppercase().split(' ').next().unwrap());
    }
    println!("{upper_codes:?}");
}
