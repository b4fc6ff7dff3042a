//! mistake: a map whose key borrows the record its value moves (hand-written)
use std::collections::HashMap;

#[derive(Debug)]
struct Record {
    name: String,
    score: u32,
}

fn main() {
    let records = vec![Record { name: "ann".into(), score: 3 }];
    let mut by_name: HashMap<&str, Record> = HashMap::new();
    for r in records {
        by_name.insert(r.name.as_str(), r);
    }
    println!("{by_name:?}");
}
