//! mistake: iterated the `Vec<String>` of lines by value, then used `lines.len()` afterwards as Python's list would allow
//! offending: lines.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let lines: Vec<String> = vec!["  a ".to_string(), " b".to_string(), "c  ".to_string()];
    let trimmed: Vec<String> = comp![l.trim().to_string() for l in lines];
    println!("{} of {} lines: {trimmed:?}", trimmed.len(), lines.len());
}
