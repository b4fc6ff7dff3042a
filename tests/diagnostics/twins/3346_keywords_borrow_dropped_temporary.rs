//! mistake: kept keyword slices borrowed from a temporary uppercased string past the statement
//! offending: raw_keywords.to_uppercase()
//! category: ownership
fn main() {
    let raw_keywords = String::from("citation analysis; bibliometrics ; h-index");
    let keywords: Vec<&str> = raw_keywords.to_uppercase().split(';').map(|k| k.trim()).collect();
    for k in &keywords {
        println!("#{k}");
    }
}
