//! mistake: a dict value of Vec::len() (usize) into a HashMap<String, u32>
//! offending: lines.len()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    groups.insert("error".to_string(), vec![3, 9, 14]);
    groups.insert("warn".to_string(), vec![5]);
    // Python: counts = {w: len(lines) for w, lines in groups.items()}
    let counts: HashMap<String, u32> = comp!({w.clone(): lines.len() for (w, lines) in &groups});
    println!("{:?}", counts);
}
