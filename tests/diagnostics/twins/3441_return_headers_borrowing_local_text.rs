//! mistake: returned header slices that borrow a `String` read inside the function
//! offending: text.lines()
//! category: ownership
fn load(_path: &str) -> String {
    ">seq1 human\nACGT\n>seq2 mouse\nGGCC\n".to_string()
}

fn headers(path: &str) -> Vec<&str> {
    let text = load(path);
    text.lines().filter(|l| l.starts_with('>')).map(|l| l.trim_start_matches('>')).collect()
}

fn main() {
    println!("{:?}", headers("genes.fa"));
}
