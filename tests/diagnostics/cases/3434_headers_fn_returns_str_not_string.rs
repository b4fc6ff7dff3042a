//! mistake: returned `&str` headers from a function declared to return `Vec<String>`
//! offending: l.trim_start_matches('>')
//! category: type
use comprehensions::comp;

fn headers(text: &str) -> Vec<String> {
    comp![l.trim_start_matches('>') for l in text.lines() if l.starts_with('>')]
}

fn main() {
    let text = ">seq1 human\nACGT\n>seq2 mouse\nGGCC\n";
    println!("{:?}", headers(text));
}
