//! mistake: Python's `list.append` called in the element (hand-written)
fn main() {
    let mut archive: Vec<String> = Vec::new();
    let messages = vec!["hi".to_string(), "bye".to_string()];
    for m in &messages {
        archive.append(m.clone());
    }
    println!("{}", archive.len());
}
