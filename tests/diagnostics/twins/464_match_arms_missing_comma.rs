//! mistake: a match arm lacks its trailing comma
//! offending: 0 'C'
//! category: syntax
fn main() {
    let seq = "GATTACA";
    let mut codes = Vec::new();
    for c in seq.chars() {
        codes.push(match c { 'A' => 0 'C' => 1, 'G' => 2, _ => 3 });
    }
    println!("{codes:?}");
}
