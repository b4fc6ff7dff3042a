use std::collections::HashMap;

fn main() {
    let names: HashMap<u32, String> = HashMap::from([(1, "ann".to_string())]);
    let ids = vec![1, 2];
    let mut found: Vec<String> = Vec::new();
    for id in &ids {
        if let Some(&name) = names.get(id) {
            found.push(name);
        }
    }
    println!("{found:?}");
}
