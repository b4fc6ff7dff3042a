//! mistake: compared a `char` with the string literal `"'"` instead of the char `'\''`
//! offending: c != "'"
//! category: type

fn main() {
    let raw = "Don't stop-believin'";
    let mut letters: Vec<char> = Vec::new();
    for c in raw.chars() {
        if c != "'" {
            letters.push(c.to_ascii_lowercase());
        }
    }
    println!("{}", letters.into_iter().collect::<String>());
}
