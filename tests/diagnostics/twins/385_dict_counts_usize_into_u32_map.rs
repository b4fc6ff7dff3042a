use std::collections::HashMap;

fn main() {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    groups.insert("error".to_string(), vec![3, 9, 14]);
    groups.insert("warn".to_string(), vec![5]);
    let mut counts: HashMap<String, u32> = HashMap::new();
    for (w, lines) in &groups {
        counts.insert(w.clone(), lines.len());
    }
    println!("{:?}", counts);
}
