//! mistake: Python's int(v) in a dict comprehension's value
//! offending: int(v)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "width=80,height=24";
    let pairs: Vec<(&str, &str)> = line.split(',').filter_map(|kv| kv.split_once('=')).collect();
    let dims = comp!({k: int(v) for (k, v) in pairs});
    println!("{dims:?}");
}
