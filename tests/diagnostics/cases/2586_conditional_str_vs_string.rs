//! mistake: mixed a `&str` literal and a `String` in the two branches of a conditional element
//! offending: "<anon>"
//! category: type
use comprehensions::comp;

struct FnDef {
    name: Option<String>,
    arity: usize,
}

fn main() {
    let defs = vec![
        FnDef { name: Some("fib".into()), arity: 1 },
        FnDef { name: None, arity: 2 },
    ];
    let labels: Vec<String> =
        comp!["<anon>" if d.name.is_none() else format!("{}/{}", d.name.as_ref().unwrap(), d.arity) for d in &defs];
    println!("{labels:?}");
}
