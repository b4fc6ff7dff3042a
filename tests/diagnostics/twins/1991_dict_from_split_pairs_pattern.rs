//! mistake: unpacked `line.split('=')` as a pair, as Python's `dict(line.split('=') for line in lines)` does; a `Split` iterator is not a tuple
//! offending: (k, v)
//! category: type
use std::collections::HashMap;

fn main() {
    let text = "a=1\nb=2";
    let mut cfg: HashMap<&str, &str> = HashMap::new();
    for (k, v) in text.lines().map(|line| line.split('=')) {
        cfg.insert(k, v);
    }
    println!("{cfg:?}");
}
