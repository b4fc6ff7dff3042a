//! mistake: returned `&str` headers from a function declared to return `Vec<String>`
//! offending: l.trim_start_matches('>')
//! category: type
fn headers(text: &str) -> Vec<String> {
    text.lines().filter(|l| l.starts_with('>')).map(|l| l.trim_start_matches('>')).collect()
}

fn main() {
    let text = ">seq1 human\nACGT\n>seq2 mouse\nGGCC\n";
    println!("{:?}", headers(text));
}
