//! mistake: named the dependency kind `type`, as in the JSON, in the loop pattern
//! offending: type
//! category: syntax
use comprehensions::comp;

fn main() {
    let deps: Vec<(String, String)> = vec![("dev".into(), "jest".into()), ("normal".into(), "express".into())];
    let dev_only: Vec<&str> = comp![name.as_str() for (type, name) in &deps if type == "dev"];
    println!("{dev_only:?}");
}
