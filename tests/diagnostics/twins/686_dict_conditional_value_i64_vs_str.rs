//! mistake: a dict value that is a parsed `i64` for some keys and the raw `&str` for others, as a Python dict of mixed values
//! offending: v
//! category: type
use std::collections::HashMap;

fn main() {
    let record = "name=ann;age=31;zip=75001";
    let mut fields = HashMap::new();
    for (k, v) in record.split(';').filter_map(|kv| kv.split_once('=')) {
        fields.insert(k, if k != "name" { v.parse::<i64>().unwrap() } else { v });
    }
    println!("{fields:?}");
}
