//! mistake: a lazy form over `line.to_lowercase().split(' ')` is kept in a variable past the statement whose temporary it borrows
//! offending: line.to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let line = String::from("The quick  brown fox");
    let words = comp!((w for w in line.to_lowercase().split(' ') if !w.is_empty()));
    println!("{}", words.count());
}
