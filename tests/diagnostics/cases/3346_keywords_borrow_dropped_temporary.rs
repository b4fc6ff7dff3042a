//! mistake: kept keyword slices borrowed from a temporary uppercased string past the statement
//! offending: raw_keywords.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw_keywords = String::from("citation analysis; bibliometrics ; h-index");
    let keywords = comp![k.trim() for k in raw_keywords.to_uppercase().split(';')];
    for k in &keywords {
        println!("#{k}");
    }
}
