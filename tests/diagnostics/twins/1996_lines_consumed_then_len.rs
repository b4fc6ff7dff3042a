//! mistake: iterated the `Vec<String>` of lines by value, then used `lines.len()` afterwards as Python's list would allow
//! offending: lines.len()
//! category: ownership
fn main() {
    let lines: Vec<String> = vec!["  a ".to_string(), " b".to_string(), "c  ".to_string()];
    let mut trimmed: Vec<String> = Vec::new();
    for l in lines {
        trimmed.push(l.trim().to_string());
    }
    println!("{} of {} lines: {trimmed:?}", trimmed.len(), lines.len());
}
