//! mistake: named the dependency kind `type`, as in the JSON, in the loop pattern
//! offending: type
//! category: syntax
fn main() {
    let deps: Vec<(String, String)> = vec![("dev".into(), "jest".into()), ("normal".into(), "express".into())];
    let mut dev_only: Vec<&str> = Vec::new();
    for (type, name) in &deps {
        if type == "dev" {
            dev_only.push(name.as_str());
        }
    }
    println!("{dev_only:?}");
}
