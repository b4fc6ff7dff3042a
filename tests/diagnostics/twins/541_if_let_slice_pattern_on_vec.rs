use std::collections::HashMap;

fn main() {
    let text = "host=db\nport=5432\nbroken";
    let mut cfg: HashMap<&str, &str> = HashMap::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.split('=').collect();
        if let [k, v] = parts {
            cfg.insert(k, v);
        }
    }
    println!("{cfg:?}");
}
