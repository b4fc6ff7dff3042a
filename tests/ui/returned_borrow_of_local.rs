// A comprehension returned from a function whose elements borrow one of its
// locals is rustc's E0515 over the comprehension's own tokens, as over a
// chain written by hand (not over the whole `comp![..]` call).
use comprehensions::comp;

fn non_comment_lines(path: &str) -> Vec<&str> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    comp![l for l in text.lines() if !l.starts_with('#')]
}

fn fields(line: &str) -> Vec<&str> {
    let lower = line.to_lowercase();
    comp![f.trim() for f in lower.split(',')]
}

fn main() {
    println!("{:?} {:?}", non_comment_lines("/etc/hosts"), fields("A, B"));
}
