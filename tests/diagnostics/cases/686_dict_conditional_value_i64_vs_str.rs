//! mistake: a dict value that is a parsed `i64` for some keys and the raw `&str` for others, as a Python dict of mixed values
//! offending: v
//! category: type
use comprehensions::comp;

fn main() {
    let record = "name=ann;age=31;zip=75001";
    let fields = comp!({k: v.parse::<i64>().unwrap() if k != "name" else v for (k, v) in record.split(';').filter_map(|kv| kv.split_once('='))});
    println!("{fields:?}");
}
