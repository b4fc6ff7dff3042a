//! mistake: returned header slices that borrow a `String` read inside the function
//! offending: text.lines()
//! category: ownership
use comprehensions::comp;

fn load(_path: &str) -> String {
    ">seq1 human\nACGT\n>seq2 mouse\nGGCC\n".to_string()
}

fn headers(path: &str) -> Vec<&str> {
    let text = load(path);
    comp![l.trim_start_matches('>') for l in text.lines() if l.starts_with('>')]
}

fn main() {
    println!("{:?}", headers("genes.fa"));
}
