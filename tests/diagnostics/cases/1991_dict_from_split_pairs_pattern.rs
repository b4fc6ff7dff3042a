//! mistake: unpacked `line.split('=')` as a pair, as Python's `dict(line.split('=') for line in lines)` does; a `Split` iterator is not a tuple
//! offending: (k, v)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let text = "a=1\nb=2";
    let cfg: HashMap<&str, &str> = comp!({k: v for (k, v) in (line.split('=') for line in text.lines())});
    println!("{cfg:?}");
}
