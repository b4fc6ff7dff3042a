//! mistake: tested for the global scope with Python's `is None`
//! offending: s.parent is None
//! category: python-habit
use comprehensions::comp;

struct Scope {
    name: String,
    parent: Option<usize>,
}

fn main() {
    let scopes = vec![
        Scope { name: "<module>".into(), parent: None },
        Scope { name: "main".into(), parent: Some(0) },
        Scope { name: "<lambda>".into(), parent: Some(1) },
    ];
    let roots = comp![&s.name for s in &scopes if s.parent is None];
    println!("{roots:?}");
}
