//! mistake: a dict comprehension with `?` assigned to a `let` annotated as a plain `HashMap` (the comprehension is a Result)
//! offending: v.parse::<u16>()?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let pairs = [("http", "80"), ("https", "443")];
    let ports: HashMap<String, u16> = comp!({k.to_string(): v.parse::<u16>()? for (k, v) in pairs});
    println!("{:?}", ports.get("https"));
}
