//! mistake: an iterator over `line.to_lowercase().split(' ')` is kept in a variable past the statement whose temporary it borrows
//! offending: line.to_lowercase()
//! category: ownership
fn main() {
    let line = String::from("The quick  brown fox");
    let words = line.to_lowercase().split(' ').filter(|w| !w.is_empty());
    println!("{}", words.count());
}
