//! mistake: Python's `list.append` called in the element
//! offending: archive.append(m.clone())
//! category: python-habit
use comprehensions::comp;

fn main() {
    let mut archive: Vec<String> = Vec::new();
    let messages = vec!["hi".to_string(), "bye".to_string()];
    let _ = comp![archive.append(m.clone()) for m in &messages];
    println!("{}", archive.len());
}
